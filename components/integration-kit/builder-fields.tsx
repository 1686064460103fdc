"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import {
  PORTAL_VIEW_MODES,
  type TConsentRequestDraft,
  type TKitResource,
} from "@/lib/integration-kit/consent-request-rules";

type TForm = UseFormReturn<TConsentRequestDraft>;
/** A field's message: the builder's own check first, else what Altinn said about it on the last test. */
type TFieldMessage = (field: string, own: string | undefined) => string | undefined;

/** One input per declared metadata key, every one required: Altinn ignores `optional` (AM-00008). */
export function MetadataFields({
  form,
  resource,
  message,
}: {
  form: TForm;
  resource: TKitResource;
  message: TFieldMessage;
}) {
  const t = useTranslations("integrationKit.builder");
  const errors = form.formState.errors.metadata as Record<string, { message?: string } | undefined> | undefined;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("metadata")}</legend>
      <p className="text-sm text-slate-600">{resource.metadata.length ? t("metadataHint") : t("noMetadata")}</p>
      {resource.metadata.map((m) => (
        <TextField
          key={m.key}
          id={`metadata-${m.key}`}
          label={`${m.key} (${t("required")})`}
          hint={m.optional ? t("optionalIgnored") : undefined}
          error={message(`metadata.${m.key}`, errors?.[m.key]?.message)}
          registration={form.register(`metadata.${m.key}`)}
          inputProps={{ autoComplete: "off" }}
        />
      ))}
    </fieldset>
  );
}

/** `portalViewMode`: whether the request is also listed in the person's own view in Altinn. */
export function PortalViewModeField({ form }: { form: TForm }) {
  const t = useTranslations("integrationKit.builder");
  return (
    <fieldset>
      <legend className="text-sm font-medium">{t("portalViewMode")}</legend>
      <div className="mt-1 space-y-1">
        {PORTAL_VIEW_MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm">
            <input type="radio" value={mode} className="mt-1" {...form.register("portalViewMode")} />
            <span>{mode === "Hide" ? t("portalViewHide") : t("portalViewShow")}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
