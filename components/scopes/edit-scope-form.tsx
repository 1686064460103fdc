"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { ProductionSubmit } from "@/components/forms/production-submit";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { updateScopeAction } from "@/lib/scopes/scope-actions";
import type { TScope } from "@/lib/scopes/scope-dto";
import { afterVersionedSave } from "@/components/forms/after-versioned-save";
import type { ZUpdateScope, TUpdateScopeInput } from "@/lib/scopes/schemas";
import { ScopeFields } from "./scope-fields";

// The form's fields as named in the production summary (message keys under `scopes.fields`).
const FIELD_LABELS = {
  description: "description",
  longDescription: "longDescription",
  visibility: "visibility",
  tokenLifetimeSeconds: "tokenLifetime",
  allowedIntegrationTypes: "integrationTypes",
} as const;

/**
 * Changes a scope's fields; its name is fixed (Maskinporten cannot rename a subscope), so it is not a field here. In
 * production the save first names the fields production's Maskinporten gets changed and asks (issue 16.3).
 */
export function EditScopeForm({ orgNumber, scope }: { orgNumber: string; scope: TScope }) {
  const t = useTranslations("scopes.edit");
  const tFields = useTranslations("scopes.fields");
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
  // What the fields hold now against the scope as saved (a list compared as a set; a number as its text).
  const watched = useWatch({ control: form.control });
  const saved: Record<keyof typeof FIELD_LABELS, unknown> = { ...scope, longDescription: scope.longDescription ?? "" };
  const shown = (value: unknown) => (Array.isArray(value) ? [...value].sort().join(",") : String(value ?? ""));
  const changed = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[])
    .filter((field) => shown(watched[field]) !== shown(saved[field]))
    .map((field) => tFields(FIELD_LABELS[field]));
  const { error, success, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) =>
    submit(updateScopeAction, values, afterVersionedSave(form.reset, values, t("saved"))),
  );

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="edit-scope-heading" className="max-w-2xl space-y-4">
      <h2 id="edit-scope-heading" className="text-lg font-semibold">
        {t("formTitle")}
      </h2>
      <ScopeFields idPrefix="edit-scope" register={form.register} errors={errors} control={form.control} />
      <FormStatus error={error} success={success} />
      <ProductionSubmit
        production={scope.environment === "prod"}
        pending={isSubmitting}
        label={t("submit")}
        pendingLabel={t("submitting")}
        title={t("confirmTitle", { name: scope.name })}
        summary={
          changed.length > 0
            ? t("prodSummary", { fields: changed.join(", ") })
            : t("prodSummaryUnchanged", { name: scope.name })
        }
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => onSubmit()}
      />
    </FormCard>
  );
}
