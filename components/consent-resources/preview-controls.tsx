"use client";

import { useTranslations } from "next-intl";
import { LANGUAGES, type TLanguage } from "@/lib/consent-resources/resource-definition-schema";

export type TParty = "person" | "organisation";

const toggleClass =
  "rounded border border-slate-300 px-3 py-1 text-sm aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white";

/** The preview's toggles (language, who consents, through a supplier) and the sample value of each metadata key. */
export function PreviewControls(props: {
  language: TLanguage;
  onLanguage: (language: TLanguage) => void;
  party: TParty;
  onParty: (party: TParty) => void;
  throughSupplier: boolean;
  onThroughSupplier: (value: boolean) => void;
  keys: string[];
  samples: Record<string, string>;
  onSample: (key: string, value: string) => void;
}) {
  const t = useTranslations("consentResources.preview");
  const tLanguage = useTranslations("consentResources.editor.language");
  return (
    <div className="space-y-3">
      <div role="group" aria-label={t("language")} className="flex flex-wrap gap-2">
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            aria-pressed={props.language === language}
            onClick={() => props.onLanguage(language)}
            className={toggleClass}
          >
            {tLanguage(language)}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t("party")} className="flex flex-wrap gap-2">
        {(["person", "organisation"] as const).map((party) => (
          <button
            key={party}
            type="button"
            aria-pressed={props.party === party}
            onClick={() => props.onParty(party)}
            className={toggleClass}
          >
            {t(party)}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <input
          id="preview-through-supplier"
          type="checkbox"
          className="h-4 w-4"
          checked={props.throughSupplier}
          onChange={(event) => props.onThroughSupplier(event.target.checked)}
        />
        <label htmlFor="preview-through-supplier" className="text-sm">
          {t("throughSupplier")}
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("sampleValues")}</legend>
        {props.keys.length === 0 && <p className="text-sm text-slate-600">{t("noMetadata")}</p>}
        {props.keys.map((key) => (
          <div key={key}>
            <label htmlFor={`sample-${key}`} className="block text-sm">
              {t("sampleValue", { key })}
            </label>
            <input
              id={`sample-${key}`}
              value={props.samples[key] ?? ""}
              placeholder={`[${key}]`}
              onChange={(event) => props.onSample(key, event.target.value)}
              className="mt-1 w-full rounded border border-slate-400 px-3 py-1"
            />
          </div>
        ))}
      </fieldset>
    </div>
  );
}
