"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import type { TDefinitionForm } from "./definition-form-types";
import { Section } from "@/components/ui/section";

/**
 * References other than Maskinporten scopes (e.g. the Altinn 2 ServiceCode and ServiceEditionCode of a migrated
 * resource): shown, and kept as they are in every saved version, since the registry holds them.
 */
export function OtherReferences() {
  const t = useTranslations("consentResources.editor");
  const { control } = useFormContext<TDefinitionForm>();
  const references = useWatch({ control, name: "otherReferences" }) ?? [];
  if (references.length === 0) return null;
  return (
    <Section
      headingId="other-references-title"
      title={t("otherReferences")}
      level={3}
      headingClassName="text-sm font-semibold"
      className="space-y-1"
      data-testid="other-references"
    >
      <p className="text-sm text-slate-600">{t("otherReferencesHint")}</p>
      <ul className="text-sm">
        {references.map((reference, index) => (
          <li key={index}>
            <span className="font-mono">{reference.referenceType}</span> {reference.reference}{" "}
            <span className="text-slate-600">({reference.referenceSource})</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
