"use client";

import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { get, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { consentTokenExample } from "@/lib/consent-tokens/consent-token-example";
import type { TConsentTokenReport } from "@/lib/consent-tokens/consent-token-report";
import type { TCheckConsentToken, ZCheckConsentToken } from "@/lib/consent-tokens/schemas";
import { ConsentTokenExampleCode } from "./consent-token-example-code";
import { ConsentTokenForm } from "./consent-token-form";
import { ConsentTokenOutcome } from "./consent-token-outcome";
import type { TValidatorOutcome, TValidatorProps } from "./consent-token-validator";
import { inputKey } from "./input-key";

// The schema (zod, and jose's decoding of the token) loads at the first check (lazy-zod-resolver.ts).
const loadSchema = () => import("@/lib/consent-tokens/schemas").then((m) => m.ZCheckConsentToken);

type TSchema = typeof ZCheckConsentToken;

export type TLiveStart = {
  /** What the fields held when this took over (consent-token-validator.tsx read them). */
  values: TCheckConsentToken;
  /** The control that had focus, as a selector, and the caret in it: given back once the fields are redrawn. */
  focus: { selector: string; selection: [number, number] | null } | null;
  /** The person pressed "Check token" before this had loaded: check at once. */
  submit: boolean;
};

/**
 * The validator once the person has started using it: react-hook-form holds the fields, the check runs on the server
 * (a read), and the outcome and the matching code example follow what the form holds.
 */
export function ConsentTokenLive({
  orgNumber,
  resources,
  environments,
  start,
}: TValidatorProps & { start: TLiveStart }) {
  const tResult = useTranslations("validator.result");
  const [outcome, setOutcome] = useState<TValidatorOutcome | null>(null);
  const form = useForm<z.input<TSchema>, unknown, z.output<TSchema>>({
    resolver: lazyZodResolver(loadSchema),
    defaultValues: start.values,
  });
  const [environment, resourceIdentifier, requireScope] = useWatch({
    control: form.control,
    name: ["environment", "resourceIdentifier", "requireScope"],
  });
  const resource = resources.find((r) => r.identifier === resourceIdentifier);
  // Derived on every render: a result (or a failed check) shows only while the form still holds what was checked,
  // so an old report never sits under a new field error.
  const current = inputKey(useWatch({ control: form.control }) as TCheckConsentToken);
  const shown = outcome && outcome.input === current && !Object.keys(form.formState.errors).length ? outcome : null;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const input = inputKey(form.getValues() as TCheckConsentToken);
    // Only the chosen resource's keys; values typed for another resource stay in the form but are not sent.
    const declared = new Set(resource?.metadata.map((m) => m.key));
    const expectedMetadata = Object.fromEntries(
      Object.entries(values.expectedMetadata).filter(([key]) => declared.has(key)),
    );
    const response = await fetch(`/orgs/${orgNumber}/validator/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...values, expectedMetadata }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as
      (TConsentTokenReport & { error?: { message?: string } }) | null;
    if (!response?.ok || !body || body.error) {
      const message = tResult("requestFailed", { message: body?.error?.message ?? String(response?.status ?? "") });
      return setOutcome({ input, kind: "error", message });
    }
    // The browser checks the same schema first, so a malformed report is a backstop only.
    if (body.kind === "malformed") return void form.setError("token", { type: "server", message: body.problem });
    setOutcome({ input, kind: "report", report: body, resource: values.resourceIdentifier });
  });

  useTakeOver(start, onSubmit);

  return (
    <div className="space-y-6">
      <ConsentTokenForm
        register={(name) => form.register(name)}
        errorOf={(name) => (get(form.formState.errors, name) as { message?: string } | undefined)?.message}
        values={start.values}
        resources={resources}
        resource={resource}
        environments={Object.keys(environments) as (keyof typeof environments)[]}
        onSubmit={(event) => void onSubmit(event)}
        isSubmitting={form.formState.isSubmitting}
      />
      <div aria-live="polite">{shown && <ConsentTokenOutcome outcome={shown} />}</div>
      {resource && (
        <ConsentTokenExampleCode
          environment={environment}
          resource={resource.identifier}
          code={consentTokenExample({
            environment,
            ...environments[environment],
            resourceIdentifier: resource.identifier,
            migratedResourceIdentifier: resource.migratedIdentifier,
            requiredScopes: requireScope ? resource.scopeReferences : null,
            metadata: resource.metadata,
          })}
        />
      )}
    </div>
  );
}

/** Once, as this replaces the fields drawn before it loaded: focus and caret back where they were; a pending check. */
function useTakeOver(start: TLiveStart, submit: () => Promise<void>) {
  const focused = useRef(false);
  useLayoutEffect(() => {
    if (focused.current || !start.focus) return;
    focused.current = true;
    const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(start.focus.selector);
    control?.focus();
    if (start.focus.selection) control?.setSelectionRange(...start.focus.selection);
  });
  const submitted = useRef(!start.submit);
  useEffect(() => {
    if (submitted.current) return;
    submitted.current = true;
    void submit();
  });
}
