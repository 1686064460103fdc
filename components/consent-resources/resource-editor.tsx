"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveConsentResourceAction } from "@/lib/actions/consent-resource-actions";
import { ZConsentResourceDefinition, type TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { DEFINITION_FIELD_PREFIX } from "@/lib/consent-resources/schemas";
import type { TActionError } from "@/lib/errors/action-result";
import { AccessFields } from "./access-fields";
import { ConsentPreview } from "./consent-preview";
import { ConsentTextFields } from "./consent-text-fields";
import { ContactPointsField } from "./contact-points-field";
import type { TDefinitionForm } from "./definition-form-types";
import { IdentifierField } from "./identifier-field";
import { KeywordsField } from "./keywords-field";
import { LocalizedTextFields } from "./localized-text-fields";

export type TResourceEditorProps = {
  orgNumber: string;
  ownerName: string;
  scopeNames: string[];
  identifierSuggestion: string;
  canEdit: boolean;
  initial: TDefinitionForm;
  resourceId?: string;
  baseVersion?: number;
  identifierLocked: boolean;
};

/**
 * Creates or edits a consent resource; each save is a new version, never a publication. The preview
 * beside the form follows every keystroke. A refused save keeps everything typed in the form.
 */
export function ResourceEditor(props: TResourceEditorProps) {
  const t = useTranslations("consentResources.editor");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [baseVersion, setBaseVersion] = useState(props.baseVersion);
  const form = useForm<TDefinitionForm, unknown, TConsentResourceDefinition>({
    resolver: zodResolver(ZConsentResourceDefinition),
    defaultValues: props.initial,
    // Show every problem of a field (a consent text can name several keys at once).
    criteriaMode: "all",
    mode: "onTouched",
  });
  const values = useWatch({ control: form.control }) as TDefinitionForm;
  // Placeholders and metadata are checked against each other: after a first save attempt, a changed
  // key re-checks the texts at once, so a message naming the key appears or goes away as you type.
  const metadataKeys = (values.consentMetadata ?? []).map((m) => m.key).join("|");
  const { isSubmitted } = form.formState;
  const { trigger } = form;
  useEffect(() => {
    if (isSubmitted) void trigger(["consentText.nb", "consentText.nn", "consentText.en"]);
  }, [metadataKeys, isSubmitted, trigger]);

  const onSubmit = form.handleSubmit(async (definition) => {
    setSuccess(null);
    const result = await saveConsentResourceAction({ orgNumber: props.orgNumber, resourceId: props.resourceId, baseVersion, definition });
    if (!result.ok) {
      setError(result.error);
      for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
        const name = field.startsWith(DEFINITION_FIELD_PREFIX) ? field.slice(DEFINITION_FIELD_PREFIX.length) : field;
        const types = Object.fromEntries(messages.map((message, index) => [`server${index}`, message]));
        form.setError(name as Path<TDefinitionForm>, { type: "server", message: messages[0], types });
      }
      return;
    }
    setError(null);
    setBaseVersion(result.data.version);
    setSuccess(t("saved", { version: result.data.version }));
    const path = `/orgs/${props.orgNumber}/resources/${result.data.identifier}`;
    if (!props.resourceId || result.data.identifier !== props.initial.identifier) router.push(path);
    else router.refresh();
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate aria-label={t("form")} className="space-y-6 rounded border border-slate-200 bg-white p-4">
          {!props.canEdit && <p className="rounded bg-slate-100 p-3 text-sm text-slate-700">{t("readOnly")}</p>}
          <fieldset disabled={!props.canEdit} className="space-y-6">
            <fieldset className="space-y-4">
              <legend className="text-lg font-semibold">{t("basics")}</legend>
              <IdentifierField suggestion={props.identifierSuggestion} locked={props.identifierLocked} />
            </fieldset>
            <fieldset className="space-y-4">
              <legend className="text-lg font-semibold">{t("texts")}</legend>
              <LocalizedTextFields field="title" />
              <LocalizedTextFields field="description" multiline />
              <LocalizedTextFields field="rightDescription" multiline />
            </fieldset>
            <ConsentTextFields />
            <AccessFields orgNumber={props.orgNumber} scopeNames={props.scopeNames} />
            <ContactPointsField />
            <KeywordsField />
            {props.canEdit && (
              <div className="space-y-2 border-t border-slate-200 pt-4">
                <FormStatus error={error} success={success} />
                <p className="text-sm text-slate-600">{t("saveHint")}</p>
                <SubmitButton pending={form.formState.isSubmitting} label={t("save")} pendingLabel={t("saving")} />
              </div>
            )}
          </fieldset>
        </form>
      </FormProvider>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <ConsentPreview values={values} ownerName={props.ownerName} />
      </div>
    </div>
  );
}
