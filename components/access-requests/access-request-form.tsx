"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useSchemaCheck } from "@/components/forms/use-schema-check";
import { createAccessRequestAction } from "@/lib/access-requests/access-request-actions";
import type { TCreateAccessRequestInput } from "@/lib/access-requests/schemas";
import type { TEnvironment } from "@/lib/platform/environment";

// The page's purpose, so it is there at once; three fields need no form library. react-hook-form (~14 kB) stays off
// the page and the action's own schema (with zod) loads at the first submit (use-schema-check.ts). Not React's
// `<form action>` with useActionState: React resets a form after its action, which would empty a message the check
// refused, and useActionSubmit is how every form calls an action (the body limit, field errors, a conflict).
const loadSchema = () => import("@/lib/access-requests/schemas").then((m) => m.ZCreateAccessRequest);

/** A resource as the form offers it: its label (title, identifier, owner) is made on the server. */
export type TRequestOption = {
  id: string;
  environment: TEnvironment;
  label: string;
  scopes: string[];
  accessListName: string | null;
};

type TProps = {
  orgNumber: string;
  environments: TEnvironment[];
  resources: TRequestOption[];
  initial: Pick<TCreateAccessRequestInput, "environment" | "resourceId">;
};

const FIELD_IDS = {
  environment: "request-environment",
  resourceId: "request-resource",
  message: "request-message",
} as const;

/** Asks a service owner for a published consent resource in one environment, showing what the request covers. */
export function AccessRequestForm({ orgNumber, environments, resources, initial }: TProps) {
  const t = useTranslations("accessRequests.form");
  const tEnv = useTranslations("accessRequests.environments");
  const router = useRouter();
  const [values, setValues] = useState<TCreateAccessRequestInput>({ orgNumber, message: "", ...initial });
  const [checking, setChecking] = useState(false);
  const { errors, check, recheck, setError } = useSchemaCheck(loadSchema, FIELD_IDS);
  const { error, pending, submit } = useActionSubmit<TCreateAccessRequestInput>(setError);
  const available = resources.filter((resource) => resource.environment === values.environment);
  const chosen = available.find((resource) => resource.id === values.resourceId);

  function change(next: Partial<TCreateAccessRequestInput>) {
    const changed = { ...values, ...next };
    // A resource of the other environment is no longer offered: the choice starts over.
    if (!resources.some((r) => r.id === changed.resourceId && r.environment === changed.environment))
      changed.resourceId = "";
    setValues(changed);
    recheck(changed);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecking(true);
    try {
      const input = await check(values);
      if (!input) return;
      await submit(createAccessRequestAction, input, (data) =>
        router.push(`/orgs/${orgNumber}/access-requests/${data.requestId}`),
      );
    } finally {
      setChecking(false);
    }
  }

  return (
    <FormCard
      onSubmit={(event) => void onSubmit(event)}
      className="max-w-2xl space-y-4"
      title={t("title")}
      headingId="request-form-heading"
    >
      <SelectField
        id={FIELD_IDS.environment}
        label={t("environment")}
        error={errors.environment}
        value={values.environment}
        onChange={(event) => change({ environment: event.target.value as TEnvironment })}
        options={environments.map((value) => ({ value, label: tEnv(value) }))}
      />
      <SelectField
        id={FIELD_IDS.resourceId}
        label={t("resource")}
        error={errors.resourceId}
        selectClassName="w-full"
        value={values.resourceId}
        onChange={(event) => change({ resourceId: event.target.value })}
        options={available.map((resource) => ({ value: resource.id, label: resource.label }))}
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
        id={FIELD_IDS.message}
        label={t("message")}
        hint={t("messageHint")}
        rows={4}
        error={errors.message}
        textareaProps={{
          name: "message",
          value: values.message,
          onChange: (event) => change({ message: event.target.value }),
        }}
      />
      <FormStatus error={error} />
      <SubmitButton pending={checking || pending} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
