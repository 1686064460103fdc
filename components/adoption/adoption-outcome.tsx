"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWarningText } from "@/components/consent-resources/definition-warnings";
import type { TAdoptableKind } from "@/lib/adoption/adoptable";
import type { TAdoptionOutcome } from "@/lib/adoption/schemas";

/** What one "Adopt selected" did: the adopted objects by name, an adopted resource's problems, and what was not. */
export function AdoptionOutcome(props: { orgNumber: string; kind: TAdoptableKind; outcome: TAdoptionOutcome }) {
  const t = useTranslations("adoption");
  const warning = useWarningText();
  const { adopted, failed } = props.outcome;
  return (
    <div aria-live="polite" className="space-y-2" data-testid={`adoption-outcome-${props.kind}`}>
      {adopted.length > 0 && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-800">
          {t("adopted", { names: adopted.map((object) => object.key).join(", ") })}
        </p>
      )}
      {adopted
        .filter((object) => object.problems.length > 0)
        .map((object) => (
          <div key={object.key} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            <p>{t("adoptedProblems", { identifier: object.key })}</p>
            <ul className="mt-1 list-disc pl-5">
              {[...new Set(object.problems.map(warning))].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            <Link className="underline" href={`/orgs/${props.orgNumber}/resources/${object.key}`}>
              {t("openResource", { identifier: object.key })}
            </Link>
          </div>
        ))}
      {failed.length > 0 && (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-800">
          {failed.map((failure) => (
            <li key={failure.key}>
              {failure.reason
                ? t(failure.reason, { key: failure.key })
                : t("failed", { key: failure.key, message: failure.message ?? "" })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
