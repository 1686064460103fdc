"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveConsentResourceAction } from "@/lib/actions/consent-resource-actions";
import { definitionProblems } from "@/lib/consent-resources/definition-problems";
import { ZConsentResourceDefinition, type TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { DEFINITION_FIELD_PREFIX } from "@/lib/consent-resources/schemas";
import { findTemplate } from "@/lib/consent-templates/templates-for-owner";
import type { TActionError } from "@/lib/errors/action-result";
import { AccessFields } from "./access-fields";
import { ConsentPreview } from "./consent-preview";
import type { TTemplateCatalogue } from "./consent-template-field";
import { ConsentTextFields } from "./consent-text-fields";
import { ContactPointsField } from "./contact-points-field";
import type { TDefinitionForm } from "./definition-form-types";
import { DefinitionProblemsSummary } from "./definition-problems-summary";
import { DefinitionWarningsProvider } from "./definition-warnings";
import { IdentifierField } from "./identifier-field";
import { KeywordsField } from "./keywords-field";
import { LocalizedTextFields } from "./localized-text-fields";
import { OtherReferences } from "./other-references";

export type TResourceEditorProps = {
  orgNumber: string;
  /** The owner's Altinn org code: some consent templates are reserved for named owners. */
  ownerOrgCode: string | null;
  /** Altinn's consent template catalogue (null when it could not be read). */
  catalogue: TTemplateCatalogue;
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
 * beside the form follows every keystroke. A refused save keeps everything typed in the form. Errors (what the
 * registry would refuse) stop a save; warnings (`definitionProblems`) are shown beside their fields as you type and
 * only stop publishing, so any resource the registry can hold opens and saves.
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
  const { catalogue, ownerOrgCode } = props;
  const problems = useMemo(
    () => definitionProblems(values, { templates: catalogue?.templates ?? null, ownerOrgCode }),
    [values, catalogue, ownerOrgCode],
  );
  const template = catalogue ? findTemplate(catalogue.templates, values.consentTemplate) : undefined;

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
    const { version, problems: remaining } = result.data;
    setSuccess(remaining.length ? t("savedWithProblems", { version, count: remaining.length }) : t("saved", { version }));
    const path = `/orgs/${props.orgNumber}/resources/${result.data.identifier}`;
    if (!props.resourceId || result.data.identifier !== props.initial.identifier) router.push(path);
    else router.refresh();
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <DefinitionWarningsProvider value={problems}>
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
              <ConsentTextFields catalogue={catalogue} ownerOrgCode={ownerOrgCode} />
              <AccessFields orgNumber={props.orgNumber} scopeNames={props.scopeNames} />
              <OtherReferences />
              <ContactPointsField />
              <KeywordsField />
              <DefinitionProblemsSummary problems={problems} />
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
      </DefinitionWarningsProvider>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <ConsentPreview values={values} template={template} />
      </div>
    </div>
  );
}
