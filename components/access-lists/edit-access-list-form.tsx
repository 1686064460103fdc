"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { bindLimitedField } from "@/components/forms/length-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import type { ZUpdateAccessList, TUpdateAccessListInput } from "@/lib/access-lists/schemas";
import { updateAccessListAction } from "@/lib/access-lists/access-list-actions";
import { ACCESS_LIST_LIMITS } from "@/lib/access-lists/access-list-limits";
import { afterVersionedSave } from "@/components/forms/after-versioned-save";

export function EditAccessListForm(props: {
  orgNumber: string;
  accessListId: string;
  name: string;
  description: string;
  /** The saved version (lib/scopes/optimistic-edit.ts): sent with the save, so one over a newer save is refused. */
  version: number;
}) {
  const t = useTranslations("accessLists");
  const form = useForm<TUpdateAccessListInput, unknown, z.output<typeof ZUpdateAccessList>>({
    resolver: lazyZodResolver(() => import("@/lib/access-lists/schemas").then((m) => m.ZUpdateAccessList)),
    defaultValues: {
      orgNumber: props.orgNumber,
      accessListId: props.accessListId,
      name: props.name,
      description: props.description,
      version: props.version,
    },
  });
  const { isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) =>
    submit(updateAccessListAction, values, afterVersionedSave(form.reset, values, t("edit.saved"))),
  );

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="edit-list-heading" className="max-w-2xl space-y-4">
      <h2 id="edit-list-heading" className="text-lg font-semibold">
        {t("edit.title")}
      </h2>
      {(["name", "description"] as const).map((field) => (
        <TextField
          key={field}
          id={`edit-list-${field}`}
          label={t(`create.${field}`)}
          {...bindLimitedField(form, field, ACCESS_LIST_LIMITS[field], `edit-list-${field}`)}
        />
      ))}
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("edit.submit")} pendingLabel={t("edit.submitting")} />
    </FormCard>
  );
}
