"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { consentTokenExample } from "@/lib/consent-tokens/consent-token-example";
import type { TConsentTokenReport } from "@/lib/consent-tokens/consent-token-report";
import { ZCheckConsentToken, type TCheckConsentToken } from "@/lib/consent-tokens/schemas";
import { ConsentTokenExampleCode } from "./consent-token-example-code";
import { ConsentTokenForm } from "./consent-token-form";
import { ConsentTokenOutcome } from "./consent-token-outcome";
import { inputKey } from "./input-key";
import type { TValidationResource } from "@/lib/consent-tokens/list-validation-resources";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

export type TValidatorOutcome = (
  { kind: "report"; report: TConsentTokenReport; resource: string } | { kind: "error"; message: string }
) & {
  /** The input it answers (`inputKey`): once the form differs, the outcome is no longer about what is shown. */
  input: string;
};

type TProps = {
  orgNumber: string;
  resources: TValidationResource[];
  /** Maskinporten's issuer and JWKS URL per environment (public values, for the example). */
  environments: Record<TUpstreamEnvironment, { issuer: string; jwksUrl: string }>;
};

/** The validator page's interactive part: the form, the outcome of the last check, and the matching code example. */
export function ConsentTokenValidator({ orgNumber, resources, environments }: TProps) {
  const [outcome, setOutcome] = useState<TValidatorOutcome | null>(null);
  const form = useForm<TCheckConsentToken>({
    resolver: zodResolver(ZCheckConsentToken),
    // No scope required by default: real consent tokens carry the consumer's consent-API scope, not the owner's.
    defaultValues: {
      orgNumber,
      environment: "test",
      resourceIdentifier: resources[0]?.identifier ?? "",
      token: "",
      expectedMetadata: {},
      requireScope: false,
    },
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

  return (
    <div className="space-y-6">
      <ConsentTokenForm form={form} orgNumber={orgNumber} resources={resources} onOutcome={setOutcome} />
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
