"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LANGUAGES, type TLanguage } from "@/lib/consent-resources/definition-values";
import { PREVIEW_FIRST_LANGUAGE } from "@/lib/consent-resources/preview-consent-text";

export type TParty = "person" | "organisation";

/** What the preview is shown as: the language, who consents, through a supplier or not, and sample metadata values. */
export function usePreviewSettings() {
  const [language, setLanguage] = useState<TLanguage>(PREVIEW_FIRST_LANGUAGE);
  const [party, setParty] = useState<TParty>("person");
  const [throughSupplier, setThroughSupplier] = useState(false);
  const [samples, setSamples] = useState<Record<string, string>>({});
  const setSample = (key: string, value: string) => setSamples((current) => ({ ...current, [key]: value }));
  return { language, setLanguage, party, setParty, throughSupplier, setThroughSupplier, samples, setSample };
}

type TPreviewSettings = ReturnType<typeof usePreviewSettings>;

const toggleClass =
  "rounded border border-slate-300 px-3 py-1 text-sm aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white";

/** A row of buttons of which one is pressed. */
function ToggleGroup<T extends string>(props: {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  labelOf: (value: T) => string;
}) {
  return (
    <div role="group" aria-label={props.label} className="flex flex-wrap gap-2">
      {props.options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={props.value === option}
          onClick={() => props.onChange(option)}
          className={toggleClass}
        >
          {props.labelOf(option)}
        </button>
      ))}
    </div>
  );
}

/** The preview's toggles (language, who consents, through a supplier) and the sample value of each metadata key. */
export function PreviewControls({ settings, keys }: { settings: TPreviewSettings; keys: string[] }) {
  const t = useTranslations("consentResources.preview");
  const tLanguage = useTranslations("consentResources.editor.language");
  return (
    <div className="space-y-3">
      <ToggleGroup
        label={t("language")}
        options={LANGUAGES}
        value={settings.language}
        onChange={settings.setLanguage}
        labelOf={(language) => tLanguage(language)}
      />
      <ToggleGroup
        label={t("party")}
        options={["person", "organisation"] as const}
        value={settings.party}
        onChange={settings.setParty}
        labelOf={(party) => t(party)}
      />
      <div className="flex items-center gap-2">
        <input
          id="preview-through-supplier"
          type="checkbox"
          className="h-4 w-4"
          checked={settings.throughSupplier}
          onChange={(event) => settings.setThroughSupplier(event.target.checked)}
        />
        <label htmlFor="preview-through-supplier" className="text-sm">
          {t("throughSupplier")}
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("sampleValues")}</legend>
        {keys.length === 0 && <p className="text-sm text-slate-600">{t("noMetadata")}</p>}
        {keys.map((key) => (
          <div key={key}>
            <label htmlFor={`sample-${key}`} className="block text-sm">
              {t("sampleValue", { key })}
            </label>
            <input
              id={`sample-${key}`}
              value={settings.samples[key] ?? ""}
              placeholder={`[${key}]`}
              onChange={(event) => settings.setSample(key, event.target.value)}
              className="mt-1 w-full rounded border border-slate-400 px-3 py-1"
            />
          </div>
        ))}
      </fieldset>
    </div>
  );
}
