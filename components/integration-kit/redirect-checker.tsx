"use client";

import { useTranslations } from "next-intl";
import { Suspense, useDeferredValue, useState } from "react";
import { InputField } from "@/components/forms/input-field";
import { loadOnDemand } from "@/components/ui/open-on-demand";
import { Section } from "@/components/ui/section";
import { REDIRECT_URL_ERROR } from "@/lib/integration-kit/redirect-return-url";
import { checkRedirectUrl, type TRedirectCheck } from "@/lib/integration-kit/redirect-url-check";
import { CopyButton } from "./copy-button";

// The six stacks' code and the live check are needed only for an accepted address: their code loads when the person
// focuses the field (or, at the latest, when an address is accepted), not with the page (issue 17).
const codeAndCheck = loadOnDemand(() => import("./redirect-code-and-check").then((m) => m.RedirectCodeAndCheck));

type TAccepted = Extract<TRedirectCheck, { accepted: true }>;

/** One return address: the exact URL, copyable, and what the consumer's server (or app) receives of it. */
function ReturnAddress({ check, outcome }: { check: TAccepted; outcome: "ok" | "failed" }) {
  const t = useTranslations("redirectKit.checker");
  const url = check.returns[outcome];
  const seen = check.serverSees?.[outcome];
  return (
    <li className="space-y-1">
      <p className="font-medium">{t(outcome)}</p>
      <p className="flex flex-wrap items-center gap-2">
        <code data-testid={`return-${outcome}`} className="rounded bg-slate-100 px-1 break-all">
          {url}
        </code>
        <CopyButton text={url} label={t("copy")} />
      </p>
      <p className="text-sm text-slate-700" data-testid={`receives-${outcome}`}>
        {seen === undefined
          ? t("appReceives")
          : check.placement === "fragment"
            ? t("serverNever", { url: seen })
            : t("serverSees", { url: seen })}
      </p>
    </li>
  );
}

/**
 * The redirect checker: the consumer types their `redirectUrl` and sees, as they type, whether Altinn accepts it,
 * the exact addresses the person is sent to, what to watch out for, code for their stack, and (on request) what
 * their endpoint answers.
 */
export function RedirectChecker(props: { orgNumber: string; consentRequestsUrl: string; canCheck: boolean }) {
  const t = useTranslations("redirectKit");
  const [typed, setTyped] = useState("");
  const input = useDeferredValue(typed);
  const check = input.trim() ? checkRedirectUrl(input) : null;
  return (
    <Section headingId="redirect-checker-heading" title={t("checker.title")} card className="space-y-4">
      <InputField
        id="redirect-url"
        label={t("checker.label")}
        hint={t("checker.hint")}
        placeholder={t("checker.placeholder")}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onFocus={() => void codeAndCheck.preload()}
        spellCheck={false}
        autoComplete="off"
        invalid={check?.accepted === false}
      />
      <div aria-live="polite" className="space-y-4" data-testid="redirect-verdict">
        {check && !check.accepted && (
          <p className="text-red-800">{t("checker.refused", { code: REDIRECT_URL_ERROR })}</p>
        )}
        {check?.accepted && (
          <>
            <p className="text-green-800">
              {check.kind === "web" ? t("checker.acceptedWeb") : t("checker.acceptedApp", { scheme: check.scheme })}
            </p>
            <div className="space-y-2">
              <h3 className="font-semibold">{t("checker.returnsTitle")}</h3>
              <ul className="space-y-3">
                <ReturnAddress check={check} outcome="ok" />
                <ReturnAddress check={check} outcome="failed" />
              </ul>
              <p data-testid="redirect-state">
                {check.stateParam ? t("checker.state", { param: check.stateParam }) : t("checker.noState")}
              </p>
            </div>
            {check.notes.length > 0 && (
              <ul className="list-disc space-y-1 pl-5 text-amber-900" data-testid="redirect-notes">
                {check.notes.map((note) => (
                  <li key={note} data-note={note}>
                    {t(`notes.${note}`)}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {check?.accepted && (
        <Suspense fallback={<p className="text-sm text-slate-600">{t("snippets.loading")}</p>}>
          <codeAndCheck.Component
            check={check}
            orgNumber={props.orgNumber}
            consentRequestsUrl={props.consentRequestsUrl}
            canCheck={props.canCheck}
          />
        </Suspense>
      )}
    </Section>
  );
}
