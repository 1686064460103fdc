"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, type InputHTMLAttributes } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { lengthNoteProps } from "@/components/forms/length-note";
import { RadioGroupField } from "@/components/forms/radio-group-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { startIntegrationTestAction } from "@/lib/integration-kit/integration-actions";
import type { TPlacedProblem } from "@/lib/integration-kit/altinn-problems";
import {
  MAX_REQUEST_MESSAGE,
  ORGANISATION_URN,
  PARTY_TYPES,
  type TConsentRequestDraft,
  type TKitResource,
} from "@/lib/integration-kit/consent-request-rules";
import { defaultDraft, requestSnippets } from "@/lib/integration-kit/request-snippets";
import type { TKitEndpoints } from "@/lib/integration-kit/snippets";
import { MetadataFields, PortalViewModeField } from "./builder-fields";
import { RequestCode } from "./request-code";
import { useProblemText } from "./use-problem-text";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

/** An organisation or national identity number: a numeric keyboard on phones, nothing remembered by the browser. */
const NUMBER_INPUT = { inputMode: "numeric", autoComplete: "off" } as const;

export type TConsentRequestBuilderProps = {
  orgNumber: string;
  resource: TKitResource;
  endpoints: TKitEndpoints;
  defaults: Pick<TConsentRequestDraft, "validTo" | "redirectUrl">;
  /** Made on the server, so the first render matches in the browser; a real system makes one per request. */
  previewId: string;
  canTry: boolean;
  /** What Altinn refused on the last test of this resource, placed by field. */
  altinnProblems?: TPlacedProblem[];
  /** A supplier building for its customer: the request's `to` is the customer and every token names it in `consumer_org`. */
  customer?: { orgNumber: string; name: string } | null;
};

/**
 * The consent request builder: fields from the resource's definition, checked by the consent-request rules as
 * they are typed, the request shown as JSON, curl and TypeScript, and "Try it in test" for editors. Loaded when
 * "Change the request" opens it (request-editor.tsx): the page shows the default request's code without it.
 */
export function ConsentRequestBuilder({
  orgNumber,
  resource,
  endpoints,
  defaults,
  previewId,
  canTry,
  altinnProblems = [],
  customer = null,
}: TConsentRequestBuilderProps) {
  const t = useTranslations("integrationKit");
  const tSupplier = useTranslations("suppliers.kit");
  const consumerOrgNumber = customer?.orgNumber ?? orgNumber;
  const router = useRouter();
  // The rules show as the fields are left (draftIssues below needs no zod); the zod shape loads at the first check.
  const resolver = useMemo(
    () =>
      lazyZodResolver(() =>
        import("@/lib/integration-kit/consent-request-draft-schema").then((m) => m.consentRequestDraftSchema(resource)),
      ),
    [resource],
  );
  const form = useForm<TConsentRequestDraft>({
    resolver,
    mode: "onTouched",
    defaultValues: defaultDraft(resource, defaults),
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);
  const values = useWatch({ control: form.control }) as TConsentRequestDraft;
  const partyType = values.partyType ?? "person";

  const { snippets, incomplete } = requestSnippets({
    id: previewId,
    orgNumber,
    customerOrgNumber: customer?.orgNumber,
    resource,
    endpoints,
    draft: { ...form.getValues(), ...values },
  });
  const problemText = useProblemText();
  // Beside each field: the builder's own check, else what Altinn said about it on the last test of this resource.
  const message = (field: string, own: string | undefined) => {
    if (own) return own;
    const said = altinnProblems.filter((p) => p.field === field).map((p) => problemText.text(p.problem));
    return said.length ? t("builder.altinnSaid", { message: said.join(" ") }) : undefined;
  };

  const textField = (
    name: "party" | "requiredDelegator" | "validTo" | "redirectUrl",
    label: string,
    hint: string,
    inputProps: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <TextField
      id={name}
      label={label}
      hint={hint}
      error={message(name, errors[name]?.message)}
      registration={form.register(name)}
      inputProps={inputProps}
    />
  );

  const onSubmit = form.handleSubmit(async (draft) => {
    await submit(
      startIntegrationTestAction,
      // The id the JSON snippet shows, so the request created in Altinn is the one the person read.
      { ...draft, orgNumber, resourceIdentifier: resource.identifier, requestId: previewId },
      (data) => {
        router.push(
          `/orgs/${orgNumber}/integration?resource=${encodeURIComponent(resource.identifier)}&id=${data.testId}#test-heading`,
        );
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="builder-heading" className="space-y-6">
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <fieldset className={cardClass({ className: "space-y-4" })}>
          <legend id="builder-heading" className="px-1 text-lg font-semibold">
            {t("builder.title")}
          </legend>
          <RadioGroupField
            legend={t("builder.partyType")}
            options={PARTY_TYPES}
            labelOf={(type) => t(`builder.${type}`)}
            registration={form.register("partyType")}
          />
          {textField(
            "party",
            partyType === "person" ? t("builder.personLabel") : t("builder.orgLabel"),
            partyType === "person" ? t("builder.personHint") : t("builder.orgHint"),
            NUMBER_INPUT,
          )}
          {textField(
            "requiredDelegator",
            t("builder.requiredDelegator"),
            t("builder.requiredDelegatorHint"),
            NUMBER_INPUT,
          )}
          <p className="break-words text-sm text-slate-700">
            {t("builder.to", { to: `${ORGANISATION_URN}${consumerOrgNumber}` })}
          </p>
          {textField("validTo", t("builder.validTo"), t("builder.validToHint"), { type: "date" })}
          <MetadataFields form={form} resource={resource} message={message} />
          {resource.usesRequestMessage ? (
            <TextAreaField
              id="requestMessage"
              label={t("builder.requestMessage")}
              rows={2}
              error={message("requestMessage", errors.requestMessage?.message)}
              registration={form.register("requestMessage")}
              {...lengthNoteProps("requestMessage", form.control, "requestMessage", MAX_REQUEST_MESSAGE)}
            />
          ) : (
            <p className="text-sm text-slate-600">
              {t("builder.requestMessageUnused", { template: resource.consentTemplate })}
            </p>
          )}
          {textField("redirectUrl", t("builder.redirectUrl"), t("builder.redirectUrlHint"), {
            type: "url",
            autoComplete: "off",
          })}
          <PortalViewModeField form={form} />
        </fieldset>
        <RequestCode snippets={snippets} incomplete={incomplete} />
      </div>
      <Section headingId="try-heading" title={t("try.title")} card className="space-y-3">
        <p className="text-slate-700">{t("try.intro")}</p>
        <FieldError
          id="resourceIdentifier-error"
          message={message(
            "resourceIdentifier",
            (errors as Record<string, { message?: string }>).resourceIdentifier?.message,
          )}
        />
        <FormStatus error={error} />
        {customer ? (
          // "Try it in test" sends with the portal's client for this organisation; for a customer only the supplier's
          // own client (with consumer_org) makes Altinn record the supplier as handledBy.
          <p className="text-slate-700">{tSupplier("tryNote", { name: customer.name })}</p>
        ) : canTry ? (
          <SubmitButton pending={isSubmitting} label={t("try.submit")} pendingLabel={t("try.submitting")} />
        ) : (
          <p className="text-slate-700">{t("try.viewerNote")}</p>
        )}
      </Section>
    </form>
  );
}
