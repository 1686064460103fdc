"use client";

import { useRef, useState, type ComponentType, type FormEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { TConsentTokenReport } from "@/lib/consent-tokens/consent-token-report";
import type { TCheckConsentToken } from "@/lib/consent-tokens/schemas";
import type { TValidationResource } from "@/lib/consent-tokens/list-validation-resources";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { loadOnDemand } from "@/components/ui/open-on-demand";
import { ConsentTokenExampleCode } from "./consent-token-example-code";
import { ConsentTokenForm, type TValidatorField } from "./consent-token-form";
import type { TLiveStart } from "./consent-token-live";
import { readValidatorForm } from "./read-validator-form";

export type TValidatorOutcome = (
  { kind: "report"; report: TConsentTokenReport; resource: string } | { kind: "error"; message: string }
) & {
  /** The input it answers (`inputKey`): once the form differs, the outcome is no longer about what is shown. */
  input: string;
};

export type TValidatorProps = {
  orgNumber: string;
  resources: TValidationResource[];
  /** Maskinporten's issuer and JWKS URL per environment (public values, for the example). */
  environments: Record<TUpstreamEnvironment, { issuer: string; jwksUrl: string }>;
};

// The validator's working part (react-hook-form, the outcome, the example's generator; zod and the token's decoding
// at its first check) loads when the person starts using the form: focusing or hovering it starts the download,
// the first change or "Check token" hands the fields over to it (issue 17: first-visit JavaScript).
const live = loadOnDemand(() => import("./consent-token-live").then((m) => m.ConsentTokenLive));

/** A name-only registration: the fields are plain HTML until react-hook-form takes them over. */
const unregistered = (name: TValidatorField): UseFormRegisterReturn => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

/**
 * The validator page's interactive part: the form, the outcome of the last check, and the matching code example.
 * Drawn at once with the defaults and the example the server made for them (`initialExample`); what the person
 * enters is carried over when the working part takes over.
 */
export function ConsentTokenValidator(props: TValidatorProps & { initialExample: string }) {
  const { orgNumber, resources, environments, initialExample } = props;
  const [started, setStarted] = useState<{
    Live: ComponentType<TValidatorProps & { start: TLiveStart }>;
    start: TLiveStart;
  }>();
  const [checking, setChecking] = useState(false);
  const wantsCheck = useRef(false);
  const taking = useRef(false);
  const formRef = useRef<HTMLDivElement>(null);
  // No scope required by default: real consent tokens carry the consumer's consent-API scope, not the owner's.
  const values: TCheckConsentToken = {
    orgNumber,
    environment: "test",
    resourceIdentifier: resources[0]?.identifier ?? "",
    token: "",
    expectedMetadata: {},
    requireScope: false,
  };

  const takeOver = () => {
    if (taking.current) return;
    taking.current = true;
    void live
      .preload()
      .then((Live) => {
        const form = formRef.current?.querySelector("form");
        const start = form ? readValidatorForm(form, values) : { values, focus: null };
        setStarted({ Live, start: { ...start, submit: wantsCheck.current } });
      })
      .catch(() => {
        // The download failed (the network): the next change or check tries again.
        taking.current = false;
        setChecking(false);
      });
  };

  if (started) return <started.Live {...{ orgNumber, resources, environments }} start={started.start} />;
  const resource = resources[0];
  return (
    <div
      ref={formRef}
      className="space-y-6"
      onFocusCapture={() => void live.preload()}
      onPointerEnter={() => void live.preload()}
      onChangeCapture={takeOver}
      onInputCapture={takeOver}
    >
      <ConsentTokenForm
        register={unregistered}
        errorOf={() => undefined}
        values={values}
        resources={resources}
        resource={resource}
        environments={Object.keys(environments) as TUpstreamEnvironment[]}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          wantsCheck.current = true;
          setChecking(true);
          takeOver();
        }}
        isSubmitting={checking}
      />
      <div aria-live="polite" />
      {resource && <ConsentTokenExampleCode environment="test" resource={resource.identifier} code={initialExample} />}
    </div>
  );
}
