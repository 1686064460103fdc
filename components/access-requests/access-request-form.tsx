"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FieldError } from "@/components/forms/field-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { createAccessRequestAction } from "@/lib/actions/access-request-actions";
import type { TRequestableResource } from "@/lib/access-requests/list-requestable-resources";
import { titleIn } from "@/lib/access-requests/published-terms";
import { ACCESS_REQUEST_ENVIRONMENTS, ZCreateAccessRequest, type TCreateAccessRequestInput } from "@/lib/access-requests/schemas";

type TProps = { orgNumber: string; resources: TRequestableResource[]; initial: Pick<TCreateAccessRequestInput, "environment" | "resourceId"> };

/** Asks a service owner for a published consent resource in one environment, showing what the request covers. */
export function AccessRequestForm({ orgNumber, resources, initial }: TProps) {
  const t = useTranslations("accessRequests.form");
  const tEnv = useTranslations("accessRequests.environments");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<Parameters<typeof FormStatus>[0]["error"]>(null);
  const form = useForm<TCreateAccessRequestInput, unknown, z.output<typeof ZCreateAccessRequest>>({
    resolver: zodResolver(ZCreateAccessRequest),
    defaultValues: { orgNumber, message: "", ...initial },
  });
  const { errors, isSubmitting } = form.formState;
  const environment = useWatch({ control: form.control, name: "environment" });
  const resourceId = useWatch({ control: form.control, name: "resourceId" });
  const available = resources.filter((resource) => resource.environment === environment);
  const chosen = available.find((resource) => resource.id === resourceId);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createAccessRequestAction(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, form.setError);
      return;
    }
    router.push(`/orgs/${orgNumber}/access-requests/${result.data.requestId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="request-form-heading" className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="request-form-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div>
        <label htmlFor="request-environment" className="block text-sm font-medium">
          {t("environment")}
        </label>
        <select id="request-environment" className="mt-1 rounded border border-slate-400 px-3 py-2" {...form.register("environment")}>
          {ACCESS_REQUEST_ENVIRONMENTS.map((value) => (
            <option key={value} value={value}>
              {tEnv(value)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="request-resource" className="block text-sm font-medium">
          {t("resource")}
        </label>
        <select
          id="request-resource"
          aria-invalid={errors.resourceId ? true : undefined}
          aria-describedby="request-resource-error"
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-600"
          {...form.register("resourceId")}
        >
          <option value="">{available.length === 0 ? t("noResources") : t("chooseResource")}</option>
          {available.map((resource) => (
            <option key={resource.id} value={resource.id}>
              {titleIn(resource.title, locale, resource.identifier)} ({resource.identifier}) — {resource.owner.name}
            </option>
          ))}
        </select>
        <FieldError id="request-resource-error" message={errors.resourceId?.message} />
      </div>
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
        error={errors.message?.message}
        registration={form.register("message")}
      />
      <FormStatus error={error} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
