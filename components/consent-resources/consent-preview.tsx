"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { fillPlaceholders } from "@/lib/consent-resources/placeholders";
import { CONSENT_TEMPLATES, type TLanguage } from "@/lib/consent-resources/resource-definition-schema";
import type { TDefinitionForm } from "./definition-form-types";
import { MarkdownText } from "./markdown-text";
import { PreviewControls, type TParty } from "./preview-controls";

/**
 * What the person asked for consent will see, built in the browser from the form as it is typed:
 * the template's fixed texts in the chosen language, the title, and the consent text with sample
 * metadata values filled in.
 */
export function ConsentPreview({ values, ownerName }: { values: TDefinitionForm; ownerName: string }) {
  const t = useTranslations("consentResources.preview");
  const tTemplates = useTranslations("consentResources.templates");
  const [language, setLanguage] = useState<TLanguage>("nb");
  const [party, setParty] = useState<TParty>("person");
  const [samples, setSamples] = useState<Record<string, string>>({});
  const keys = [...new Set((values.consentMetadata ?? []).map((m) => m.key?.trim() ?? "").filter(Boolean))];
  const filled = Object.fromEntries(keys.map((key) => [key, samples[key] || `[${key}]`]));
  const template = (CONSENT_TEMPLATES as readonly string[]).includes(values.consentTemplate) ? values.consentTemplate : "default";
  const args = { consumer: t("sampleConsumer"), owner: ownerName, party: t("sampleOrganisation") };
  const consentText = values.consentText?.[language] ?? "";

  return (
    <section aria-labelledby="preview-heading" className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4" data-testid="consent-preview">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <PreviewControls
        language={language}
        onLanguage={setLanguage}
        party={party}
        onParty={setParty}
        keys={keys}
        samples={samples}
        onSample={(key, value) => setSamples((current) => ({ ...current, [key]: value }))}
      />
      <article lang={language} className="space-y-3 rounded border border-slate-300 bg-white p-4" data-testid="preview-card">
        <p className="text-xs uppercase tracking-wide text-slate-500">{tTemplates(`${template}.${language}.heading`)}</p>
        <h3 className="text-lg font-semibold">{values.title?.[language]?.trim() || t("untitled")}</h3>
        <p className="text-sm">
          {party === "person" ? (
            <>
              <span className="font-medium">{t("samplePerson")}</span> · {tTemplates(`${template}.${language}.person`, args)}
            </>
          ) : (
            tTemplates(`${template}.${language}.organisation`, args)
          )}
        </p>
        <div className="rounded border-l-4 border-brand-600 bg-slate-50 p-3" data-testid="preview-consent-text">
          {consentText.trim() ? <MarkdownText text={fillPlaceholders(consentText, filled)} /> : <p className="text-sm text-slate-500">{t("emptyText")}</p>}
        </div>
        <p className="text-sm text-slate-700">
          {values.isOneTimeConsent ? tTemplates(`${template}.${language}.oneTime`) : tTemplates(`${template}.${language}.validity`)}
        </p>
        <div className="flex gap-2" aria-hidden="true">
          <span className="rounded bg-brand-600 px-3 py-1 text-sm text-white">{tTemplates(`${template}.${language}.approve`)}</span>
          <span className="rounded border border-slate-400 px-3 py-1 text-sm">{tTemplates(`${template}.${language}.reject`)}</span>
        </div>
      </article>
    </section>
  );
}

