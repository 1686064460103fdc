"use client";

import { useTranslations } from "next-intl";
import { previewConsentText, previewMetadataKeys } from "@/lib/consent-resources/preview-consent-text";
import type { TConsentTemplate } from "@/lib/consent-templates/consent-template-schema";
import { fillTemplateText } from "@/lib/consent-templates/fill-template-text";
import type { TDefinitionForm } from "./definition-form-types";
import { ConsentTextMarkdown, type TRenderedConsentText } from "./consent-text-markdown";
import { PreviewControls, usePreviewSettings } from "./preview-controls";

/**
 * What the person asked for consent will see, built in the browser from the form as it is typed: the chosen
 * template's texts from Altinn's catalogue (title, heading, introduction, expiry, and the request message or the
 * template's own text) with sample parties in {CoveredBy}, {OfferedBy}, {HandledBy} and {Expiration}, around the
 * resource's title and consent text with sample metadata values.
 */
export function ConsentPreview({
  values,
  template,
  initialConsentText,
}: {
  values: TDefinitionForm;
  template: TConsentTemplate | undefined;
  /** The first preview's consent text rendered by the server (Norwegian bokmål, no sample values). */
  initialConsentText?: TRenderedConsentText;
}) {
  const t = useTranslations("consentResources.preview");
  const settings = usePreviewSettings();
  const { language, party, throughSupplier, samples } = settings;
  const keys = previewMetadataKeys(values);
  const consentText = previewConsentText(values, language, samples);
  const parties = {
    CoveredBy: t("sampleConsumer"),
    OfferedBy: party === "person" ? t("samplePerson") : t("sampleOrganisation"),
    HandledBy: t("sampleSupplier"),
    Expiration: t("sampleExpiration"),
  };
  const texts = template?.texts;
  const side = party === "person" ? "person" : "org";
  const fill = (text: string | undefined) => fillTemplateText(text ?? "", parties);

  return (
    <section
      aria-labelledby="preview-heading"
      className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4"
      data-testid="consent-preview"
    >
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <PreviewControls settings={settings} keys={keys} />
      {!texts && (
        <p
          className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
          data-testid="preview-no-template"
        >
          {t("noTemplate", { id: values.consentTemplate || "–" })}
        </p>
      )}
      <article
        lang={language}
        className="space-y-3 rounded border border-slate-300 bg-white p-4"
        data-testid="preview-card"
      >
        {texts && <p className="text-xs uppercase tracking-wide text-slate-500">{fill(texts.title[side][language])}</p>}
        {texts && (
          <h3 className="text-lg font-semibold" data-testid="preview-heading">
            {fill(texts.heading[side][language])}
          </h3>
        )}
        {texts && (
          <p className="text-sm" data-testid="preview-intro">
            {fill(texts.serviceIntro[side][language])}
          </p>
        )}
        <h4 className="font-semibold">{values.title?.[language]?.trim() || t("untitled")}</h4>
        <div className="rounded border-l-4 border-brand-600 bg-slate-50 p-3" data-testid="preview-consent-text">
          {consentText.trim() ? (
            <ConsentTextMarkdown text={consentText} initial={initialConsentText} />
          ) : (
            <p className="text-sm text-slate-500">{t("emptyText")}</p>
          )}
        </div>
        {template?.isMessageSetInRequest && (
          <p className="text-sm italic text-slate-600" data-testid="preview-request-message">
            {t("requestMessage")}
          </p>
        )}
        {texts && !template?.isMessageSetInRequest && texts.overriddenDelegationContext && (
          <p className="text-sm" data-testid="preview-delegation-context">
            {fill(texts.overriddenDelegationContext[language])}
          </p>
        )}
        {texts && (
          <p className="text-sm text-slate-700" data-testid="preview-expiration">
            {fill(values.isOneTimeConsent ? texts.expirationOneTime[language] : texts.expiration[language])}
          </p>
        )}
        {texts && throughSupplier && (
          <p className="text-sm text-slate-700" data-testid="preview-handled-by">
            {fill(texts.handledBy[language])}
          </p>
        )}
        <div className="flex gap-2" aria-hidden="true">
          <span className="rounded bg-brand-600 px-3 py-1 text-sm text-white">{t(`actions.${language}.approve`)}</span>
          <span className="rounded border border-slate-400 px-3 py-1 text-sm">{t(`actions.${language}.reject`)}</span>
        </div>
      </article>
    </section>
  );
}
