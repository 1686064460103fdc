import { useTranslations } from "next-intl";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";

const link = "text-brand-700 underline underline-offset-2 break-all";

export function ContactPoints({ points }: { points: TConsentResourceDefinition["contactPoints"] }) {
  const t = useTranslations("catalog.detail");
  const tCategory = useTranslations("documentation.defaults.categories");
  return (
    <ul className="space-y-1">
      {points.map((point, index) => (
        <li key={index}>
          {/* The registry takes any category (e.g. "Tilbakemeldinger"): an unknown one is shown as written. */}
          <span className="font-medium">
            {tCategory.has(point.category as never) ? tCategory(point.category as never) : point.category}:
          </span>{" "}
          {[
            point.email && (
              <a key="email" href={`mailto:${point.email}`} className={link}>
                {point.email}
              </a>
            ),
            point.telephone && <span key="telephone">{point.telephone}</span>,
            point.contactPage && (
              <a key="page" href={point.contactPage} rel="noopener noreferrer nofollow" className={link}>
                {t("contactPage")}
              </a>
            ),
          ]
            .filter(Boolean)
            .flatMap((part, i) => (i === 0 ? [part] : [" · ", part]))}
        </li>
      ))}
    </ul>
  );
}
