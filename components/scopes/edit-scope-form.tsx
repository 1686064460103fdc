"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { updateScopeAction } from "@/lib/scopes/scope-actions";
import type { TScope } from "@/lib/scopes/scope-dto";
import { afterVersionedSave } from "@/components/forms/after-versioned-save";
import type { ZUpdateScope, TUpdateScopeInput } from "@/lib/scopes/schemas";
import { ScopeFields } from "./scope-fields";

/** Changes a scope's fields; its name is fixed (Maskinporten cannot rename a subscope), so it is not a field here. */
export function EditScopeForm({ orgNumber, scope }: { orgNumber: string; scope: TScope }) {
  const t = useTranslations("scopes.edit");
  const form = useForm<TUpdateScopeInput, unknown, z.output<typeof ZUpdateScope>>({
    resolver: lazyZodResolver(() => import("@/lib/scopes/schemas").then((m) => m.ZUpdateScope)),
    defaultValues: {
      orgNumber,
      scopeId: scope.id,
      description: scope.description,
      longDescription: scope.longDescription ?? "",
      visibility: scope.visibility,
      tokenLifetimeSeconds: scope.tokenLifetimeSeconds,
      allowedIntegrationTypes: scope.allowedIntegrationTypes as TUpdateScopeInput["allowedIntegrationTypes"],
      version: scope.version,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) =>
    submit(updateScopeAction, values, afterVersionedSave(form.reset, values, t("saved"))),
  );

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="edit-scope-heading" className="max-w-2xl space-y-4">
      <h2 id="edit-scope-heading" className="text-lg font-semibold">
        {t("formTitle")}
      </h2>
      <ScopeFields idPrefix="edit-scope" register={form.register} errors={errors} />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
