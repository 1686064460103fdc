import { getTranslations } from "next-intl/server";
import { DefinitionDiff } from "@/components/consent-resources/definition-diff";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TEnvironment } from "@/lib/platform/environment";
import { Section } from "@/components/ui/section";

export type TComparable = { key: "DRAFT" | TEnvironment; label: string; content: TConsentResourceDefinition | null };

/** Draft against test, test against production, and draft against production, field by field. */
export async function EnvironmentsDiff({
  draft,
  test,
  prod,
}: {
  draft: TComparable;
  test: TComparable;
  prod: TComparable;
}) {
  const t = await getTranslations("publishing");
  const pairs = [
    [draft, test],
    [test, prod],
    [draft, prod],
  ] as const;
  return (
    <Section headingId="compare-heading" title={t("compareTitle")} className="space-y-3">
      <p className="text-slate-700">{t("compareIntro")}</p>
      {pairs.map(([before, after]) =>
        before.content && after.content ? (
          <DefinitionDiff
            key={`${before.key}-${after.key}`}
            testId={`diff-${before.key}-${after.key}`}
            before={before.content}
            after={after.content}
            beforeLabel={before.label}
            afterLabel={after.label}
          />
        ) : (
          <p
            key={`${before.key}-${after.key}`}
            className="text-sm text-slate-600"
            data-testid={`diff-${before.key}-${after.key}`}
          >
            {t("nothingToCompare", { environment: (before.content ? after : before).label })}
          </p>
        ),
      )}
    </Section>
  );
}
