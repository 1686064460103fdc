"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { startIntegrationTestAction } from "@/lib/integration-kit/integration-actions";
import type { TPlacedProblem } from "@/lib/integration-kit/altinn-problems";
import {
  buildConsentRequest,
  consentRequestDraftSchema,
  draftIssues,
  ORGANISATION_URN,
  PARTY_TYPES,
  type TConsentRequestDraft,
  type TKitResource,
} from "@/lib/integration-kit/consent-request-rules";
import {
  consentTokenScope,
  curlSnippet,
  jsonSnippet,
  typescriptSnippet,
  type TKitEndpoints,
} from "@/lib/integration-kit/snippets";
import { MetadataFields, PortalViewModeField } from "./builder-fields";
import { SnippetTabs } from "./snippet-tabs";
import { useProblemText } from "./use-problem-text";
import { cardClass } from "@/components/ui/card";

type TProps = {
  orgNumber: string;
  resource: TKitResource;
  endpoints: TKitEndpoints;
  defaults: Pick<TConsentRequestDraft, "validTo" | "redirectUrl">;
  /** Made on the server, so the first render matches in the browser; a real system makes one per request. */
  previewId: string;
  canTry: boolean;
  /** What Altinn refused on the last test of this resource, placed by field. */
  altinnProblems?: TPlacedProblem[];
};

/**
 * The consent request builder: fields from the resource's definition, checked by the consent-request rules as
 * they are typed, the request shown as JSON, curl and TypeScript, and "Try it in test" for editors.
 */
export function ConsentRequestBuilder({
  orgNumber,
  resource,
  endpoints,
  defaults,
  previewId,
  canTry,
  altinnProblems = [],
}: TProps) {
  const t = useTranslations("integrationKit");
  const router = useRouter();
  const schema = useMemo(() => consentRequestDraftSchema(resource), [resource]);
  const form = useForm<TConsentRequestDraft>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: {
      partyType: "person",
      party: "",
      requiredDelegator: "",
      metadata: Object.fromEntries(resource.metadata.map((m) => [m.key, ""])),
      requestMessage: "",
      portalViewMode: "Hide",
      ...defaults,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);
  const values = useWatch({ control: form.control }) as TConsentRequestDraft;
  const partyType = values.partyType ?? "person";

  const body = buildConsentRequest({
    id: previewId,
    consumerOrgNumber: orgNumber,
    resource,
    draft: { ...form.getValues(), ...values },
  });
  const tokenScope = consentTokenScope(resource.scopes);
  const snippets = {
    json: jsonSnippet(body),
    curl: curlSnippet(body, endpoints, tokenScope),
    typescript: typescriptSnippet(body, endpoints, tokenScope),
  };
  const incomplete = draftIssues({ ...form.getValues(), ...values }, resource).length > 0;
  const problemText = useProblemText();
  // Beside each field: the builder's own check, else what Altinn said about it on the last test of this resource.
  const message = (field: string, own: string | undefined) => {
    if (own) return own;
    const said = altinnProblems.filter((p) => p.field === field).map((p) => problemText.text(p.problem));
    return said.length ? t("builder.altinnSaid", { message: said.join(" ") }) : undefined;
  };

  const onSubmit = form.handleSubmit(async (draft) => {
    await submit(
      startIntegrationTestAction,
      { ...draft, orgNumber, resourceIdentifier: resource.identifier },
      (data) => {
        router.push(
          `/orgs/${orgNumber}/integration?resource=${encodeURIComponent(resource.identifier)}&id=${data.testId}#test-heading`,
        );
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="builder-heading" className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <fieldset className={cardClass({ className: "space-y-4" })}>
          <legend id="builder-heading" className="px-1 text-lg font-semibold">
            {t("builder.title")}
          </legend>
          <fieldset>
            <legend className="text-sm font-medium">{t("builder.partyType")}</legend>
            <div className="mt-1 flex gap-4">
              {PARTY_TYPES.map((type) => (
                <label key={type} className="flex items-center gap-2 text-sm">
                  <input type="radio" value={type} {...form.register("partyType")} />
                  {t(`builder.${type}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextField
            id="party"
            label={partyType === "person" ? t("builder.personLabel") : t("builder.orgLabel")}
            hint={partyType === "person" ? t("builder.personHint") : t("builder.orgHint")}
            error={message("party", errors.party?.message)}
            registration={form.register("party")}
            inputProps={{ inputMode: "numeric", autoComplete: "off" }}
          />
          <TextField
            id="requiredDelegator"
            label={t("builder.requiredDelegator")}
            hint={t("builder.requiredDelegatorHint")}
            error={message("requiredDelegator", errors.requiredDelegator?.message)}
            registration={form.register("requiredDelegator")}
            inputProps={{ inputMode: "numeric", autoComplete: "off" }}
          />
          <p className="text-sm text-slate-700">{t("builder.to", { to: `${ORGANISATION_URN}${orgNumber}` })}</p>
          <TextField
            id="validTo"
            label={t("builder.validTo")}
            hint={t("builder.validToHint")}
            error={message("validTo", errors.validTo?.message)}
            registration={form.register("validTo")}
            inputProps={{ type: "date" }}
          />
          <MetadataFields form={form} resource={resource} message={message} />
          {resource.usesRequestMessage ? (
            <TextAreaField
              id="requestMessage"
              label={t("builder.requestMessage")}
              rows={2}
              error={message("requestMessage", errors.requestMessage?.message)}
              registration={form.register("requestMessage")}
            />
          ) : (
            <p className="text-sm text-slate-600">
              {t("builder.requestMessageUnused", { template: resource.consentTemplate })}
            </p>
          )}
          <TextField
            id="redirectUrl"
            label={t("builder.redirectUrl")}
            hint={t("builder.redirectUrlHint")}
            error={message("redirectUrl", errors.redirectUrl?.message)}
            registration={form.register("redirectUrl")}
            inputProps={{ type: "url", autoComplete: "off" }}
          />
          <PortalViewModeField form={form} />
        </fieldset>
        <section aria-labelledby="snippets-heading" className="min-w-0 space-y-2">
          <h2 id="snippets-heading" className="text-lg font-semibold">
            {t("snippets.title")}
          </h2>
          {incomplete && <p className="text-sm text-amber-800">{t("snippets.invalid")}</p>}
          <SnippetTabs snippets={snippets} />
          <p className="text-sm text-slate-600">{t("snippets.idNote")}</p>
        </section>
      </div>
      <section aria-labelledby="try-heading" className={cardClass({ className: "space-y-3" })}>
        <h2 id="try-heading" className="text-lg font-semibold">
          {t("try.title")}
        </h2>
        <p className="text-slate-700">{t("try.intro")}</p>
        <FieldError
          id="resourceIdentifier-error"
          message={message(
            "resourceIdentifier",
            (errors as Record<string, { message?: string }>).resourceIdentifier?.message,
          )}
        />
        <FormStatus error={error} />
        {canTry ? (
          <SubmitButton pending={isSubmitting} label={t("try.submit")} pendingLabel={t("try.submitting")} />
        ) : (
          <p className="text-slate-700">{t("try.viewerNote")}</p>
        )}
      </section>
    </form>
  );
}
