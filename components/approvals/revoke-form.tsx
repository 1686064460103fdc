"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { revokeAccessRequestAction } from "@/lib/actions/access-request-actions";
import { ZRevokeAccessRequest, type TRevokeAccessRequestInput } from "@/lib/access-requests/schemas";

/** Takes back granted access: the scope grants and the list membership are removed upstream. */
export function RevokeForm(props: { orgNumber: string; requestId: string }) {
  const t = useTranslations("accessRequests.revoke");
  const router = useRouter();
  const form = useForm<TRevokeAccessRequestInput, unknown, z.output<typeof ZRevokeAccessRequest>>({
    resolver: zodResolver(ZRevokeAccessRequest),
    defaultValues: { orgNumber: props.orgNumber, requestId: props.requestId, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    await submit(revokeAccessRequestAction, values, () => {
      router.refresh();
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="revoke-heading" className="max-w-2xl space-y-3 rounded border border-red-200 bg-white p-4">
      <h2 id="revoke-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <TextAreaField id="revoke-reason" label={t("reason")} rows={2} error={errors.reason?.message} registration={form.register("reason")} />
      <FormStatus error={error} />
      <button type="submit" disabled={isSubmitting} className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
