"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { invalidateLiveQueries } from "@/components/ui/live-query";
import { attestConnectionAction } from "@/lib/checklist/checklist-actions";
import type { TAttestConnectionInput } from "@/lib/checklist/schemas";
import { TERMS_VERSION } from "@/lib/checklist/terms-version";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// One checkbox needs no form library: the form is plain React state, and the action's own schema (with zod) is
// loaded at the first submit, as lazy-zod-resolver.ts does for react-hook-form's forms (issue 17: react-hook-form
// and zod are ~14 and ~30 kB of compressed JavaScript the checklist no longer loads with the page). As with those
// forms, the message shows beside the box, the box gets focus when refused, and after a refused submit it is checked
// again at each change.
const loadSchema = () => import("@/lib/checklist/schemas").then((m) => m.ZAttestConnection);

/**
 * An administrator's attestation of the Maskinporten connection, which no API can verify. Shown while the checklist
 * says the step is not done; once it is, only the outcome of this visit's attestation stays.
 */
export function AttestConnectionForm({
  orgNumber,
  environment,
  attested,
}: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  attested: boolean;
}) {
  const t = useTranslations("checklist");
  const checkbox = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const { error, success, pending, submit } = useActionSubmit<TAttestConnectionInput>((name, { message }) => {
    if (name === "accepted") setFieldError(message);
  });

  /** The schema's message for the box (undefined when the input passes), and the input as the action takes it. */
  async function check(accepted: boolean) {
    const parsed = (await loadSchema()).safeParse({ orgNumber, environment, termsVersion: TERMS_VERSION, accepted });
    const issue = parsed.error?.issues.find((candidate) => candidate.path[0] === "accepted") ?? parsed.error?.issues[0];
    return { parsed, message: issue?.message };
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setChecking(true);
    try {
      const { parsed, message } = await check(checkbox.current?.checked ?? false);
      setFieldError(message);
      if (!parsed.success) {
        checkbox.current?.focus();
        return;
      }
      // The page is re-rendered by the action's revalidation; the checklist's live checks are asked again here.
      await submit(attestConnectionAction, parsed.data, async () => {
        await invalidateLiveQueries(queryKeys.checklist(orgNumber, environment));
        return t("attest.done");
      });
    } finally {
      setChecking(false);
    }
  }

  if (attested)
    return (
      <div data-testid="attest-outcome" className="max-w-2xl">
        <FormStatus error={error} success={success} />
      </div>
    );

  return (
    <FormCard
      onSubmit={(event) => void onSubmit(event)}
      className="max-w-2xl space-y-3"
      title={t("attest.title")}
      headingId="attest-connection-heading"
    >
      <p className="text-slate-700">
        {t("attest.intro", { version: TERMS_VERSION, environment: t(`environments.${environment}`) })}
      </p>
      <div>
        <label className="flex items-start gap-2">
          <input
            ref={checkbox}
            type="checkbox"
            name="accepted"
            className="mt-1"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby="attest-accepted-error"
            onChange={(event) => {
              if (submitted) void check(event.target.checked).then(({ message }) => setFieldError(message));
            }}
          />
          <span>{t("attest.checkbox", { version: TERMS_VERSION })}</span>
        </label>
        <FieldError id="attest-accepted-error" message={fieldError} />
      </div>
      <SubmitButton pending={checking || pending} label={t("attest.submit")} />
      <FormStatus error={error} success={success} />
    </FormCard>
  );
}
