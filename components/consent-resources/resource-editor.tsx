"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { saveConsentResourceAction } from "@/lib/consent-resources/consent-resource-actions";
import { definitionProblems } from "@/lib/consent-resources/definition-problems";
import { DEFINITION_FIELD_PREFIX } from "@/lib/consent-resources/definition-values";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { findTemplate } from "@/lib/consent-templates/templates-for-owner";
import { AccessFields } from "./access-fields";
import { ConsentPreview } from "./consent-preview";
import { preloadConsentTextMarkdown, type TRenderedConsentText } from "./consent-text-markdown";
import type { TConnectedLists } from "./consent-rules-policy";
import { ConsentRulesSection } from "./consent-rules-section";
import type { TTemplateCatalogue } from "./consent-template-field";
import { ConsentTextFields } from "./consent-text-fields";
import { ContactPointsField } from "./contact-points-field";
import type { TDefinitionForm } from "./definition-form-types";
import { DefinitionProblemsSummary } from "./definition-problems-summary";
import { MissingLanguagesSummary } from "./missing-languages-note";
import { DefinitionWarningsProvider } from "./definition-warnings";
import { IdentifierField } from "./identifier-field";
import { KeywordsField } from "./keywords-field";
import { LocalizedTextFields } from "./localized-text-fields";
import { OtherReferences } from "./other-references";

// The action's field errors name the definition's fields under a prefix; the form holds the definition itself.
const fieldName = (field: string) =>
  (field.startsWith(DEFINITION_FIELD_PREFIX)
    ? field.slice(DEFINITION_FIELD_PREFIX.length)
    : field) as Path<TDefinitionForm>;

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
  /** The owner's access lists connected to the resource, per environment (none for a new resource). */
  connectedLists?: TConnectedLists;
  /** The preview's first consent text rendered on the server, so Markdown's renderer loads only once it changes. */
  initialConsentText?: TRenderedConsentText;
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
  const [baseVersion, setBaseVersion] = useState(props.baseVersion);
  const form = useForm<TDefinitionForm, unknown, TConsentResourceDefinition>({
    // The definition's schema (and zod) load at the form's first check, not with the page (lazy-zod-resolver.ts).
    resolver: lazyZodResolver(() =>
      import("@/lib/consent-resources/resource-definition-schema").then((m) => m.ZConsentResourceDefinition),
    ),
    defaultValues: props.initial,
    // Show every problem of a field (a consent text can name several keys at once).
    criteriaMode: "all",
    mode: "onTouched",
  });
  const { error, success, submit } = useActionSubmit(form.setError, { fieldName });
  const values = useWatch({ control: form.control }) as TDefinitionForm;
  const { catalogue, ownerOrgCode } = props;
  const problems = useMemo(
    () => definitionProblems(values, { templates: catalogue?.templates ?? null, ownerOrgCode }),
    [values, catalogue, ownerOrgCode],
  );
  const template = catalogue ? findTemplate(catalogue.templates, values.consentTemplate) : undefined;

  // A new resource, or a new identifier, lives at another address; otherwise the action's revalidation re-renders this page.
  const onSubmit = form.handleSubmit((definition) =>
    submit(
      saveConsentResourceAction,
      { orgNumber: props.orgNumber, resourceId: props.resourceId, baseVersion, definition },
      (saved) => {
        setBaseVersion(saved.version);
        if (!props.resourceId || saved.identifier !== props.initial.identifier)
          router.push(`/orgs/${props.orgNumber}/resources/${saved.identifier}`);
        const remaining = saved.problems.length;
        return remaining
          ? t("savedWithProblems", { version: saved.version, count: remaining })
          : t("saved", { version: saved.version });
      },
    ),
  );

  return (
    <div
      className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]"
      onFocusCapture={preloadConsentTextMarkdown}
    >
      <DefinitionWarningsProvider value={problems}>
        <FormProvider {...form}>
          <FormCard onSubmit={onSubmit} aria-label={t("form")} className="space-y-6">
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
              <ConsentRulesSection
                orgNumber={props.orgNumber}
                orgCode={ownerOrgCode}
                resourceId={props.resourceId}
                connectedLists={props.connectedLists ?? { test: [], prod: [] }}
                values={values}
                readOnly={!props.canEdit}
              />
              <OtherReferences />
              <ContactPointsField />
              <KeywordsField />
              <DefinitionProblemsSummary problems={problems} />
              <MissingLanguagesSummary />
              {props.canEdit && (
                <div className="space-y-2 border-t border-slate-200 pt-4">
                  <FormStatus error={error} success={success} />
                  <p className="text-sm text-slate-600">{t("saveHint")}</p>
                  <SubmitButton pending={form.formState.isSubmitting} label={t("save")} pendingLabel={t("saving")} />
                </div>
              )}
            </fieldset>
          </FormCard>
        </FormProvider>
      </DefinitionWarningsProvider>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <ConsentPreview values={values} template={template} initialConsentText={props.initialConsentText} />
      </div>
    </div>
  );
}
