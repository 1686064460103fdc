"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { createAccessRequestAction } from "@/lib/access-requests/access-request-actions";
import type { TRequestableResource } from "@/lib/access-requests/list-requestable-resources";
import { titleIn } from "@/lib/access-requests/published-terms";
import { ZCreateAccessRequest, type TCreateAccessRequestInput } from "@/lib/access-requests/schemas";
import { ENVIRONMENTS } from "@/lib/platform/environment";

type TProps = {
  orgNumber: string;
  resources: TRequestableResource[];
  initial: Pick<TCreateAccessRequestInput, "environment" | "resourceId">;
};

/** Asks a service owner for a published consent resource in one environment, showing what the request covers. */
export function AccessRequestForm({ orgNumber, resources, initial }: TProps) {
  const t = useTranslations("accessRequests.form");
  const tEnv = useTranslations("accessRequests.environments");
  const locale = useLocale();
  const router = useRouter();
  const { form, errors, isSubmitting, error, submit } = useActionForm(ZCreateAccessRequest, {
    orgNumber,
    message: "",
    ...initial,
  });
  const environment = useWatch({ control: form.control, name: "environment" });
  const resourceId = useWatch({ control: form.control, name: "resourceId" });
  const available = resources.filter((resource) => resource.environment === environment);
  const chosen = available.find((resource) => resource.id === resourceId);

  const onSubmit = form.handleSubmit((values) =>
    submit(createAccessRequestAction, values, (data) =>
      router.push(`/orgs/${orgNumber}/access-requests/${data.requestId}`),
    ),
  );

  return (
    <FormCard onSubmit={onSubmit} className="max-w-2xl space-y-4" title={t("title")} headingId="request-form-heading">
      <SelectField
        id="request-environment"
        label={t("environment")}
        {...form.register("environment")}
        options={ENVIRONMENTS.map((value) => ({ value, label: tEnv(value) }))}
      />
      <SelectField
        id="request-resource"
        label={t("resource")}
        error={errors.resourceId?.message}
        selectClassName="w-full"
        {...form.register("resourceId")}
        options={available.map((resource) => ({
          value: resource.id,
          label: `${titleIn(resource.title, locale, resource.identifier)} (${resource.identifier}) — ${resource.owner.name}`,
        }))}
      >
        <option value="">{available.length === 0 ? t("noResources") : t("chooseResource")}</option>
      </SelectField>
      {chosen && (
        <section aria-labelledby="asked-heading" className="rounded bg-slate-50 p-3" data-testid="request-covers">
          <h3 id="asked-heading" className="font-semibold">
            {t("coversTitle")}
          </h3>
          <ul className="list-disc pl-5">
            {chosen.scopes.map((scope) => (
              <li key={scope}>{t("coversScope", { scope })}</li>
            ))}
            {chosen.accessListName && <li>{t("coversList", { name: chosen.accessListName })}</li>}
            {chosen.scopes.length === 0 && !chosen.accessListName && <li>{t("coversNothing")}</li>}
          </ul>
        </section>
      )}
      <TextAreaField
        id="request-message"
        label={t("message")}
        hint={t("messageHint")}
        rows={4}
        {...bindField(form, "message")}
      />
      <FormStatus error={error} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
