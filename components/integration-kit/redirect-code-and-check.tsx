"use client";

import { useTranslations } from "next-intl";
import { redirectSnippets } from "@/lib/integration-kit/redirect-snippets";
import type { TRedirectCheck } from "@/lib/integration-kit/redirect-url-check";
import { RedirectLiveCheck } from "./redirect-live-check";
import { RedirectSnippetTabs } from "./redirect-snippet-tabs";

/**
 * For an accepted address: code for six stacks that reads Altinn's return, and the live check of the consumer's
 * endpoint. Loaded once the person starts typing an address (redirect-checker.tsx), not with the page (issue 17).
 */
export function RedirectCodeAndCheck(props: {
  check: Extract<TRedirectCheck, { accepted: true }>;
  orgNumber: string;
  consentRequestsUrl: string;
  canCheck: boolean;
}) {
  const t = useTranslations("redirectKit.snippets");
  const { check } = props;
  return (
    <>
      <div className="space-y-2">
        <h3 className="font-semibold">{t("title")}</h3>
        <RedirectSnippetTabs snippets={redirectSnippets(check, props.consentRequestsUrl)} />
      </div>
      <RedirectLiveCheck
        key={check.input}
        orgNumber={props.orgNumber}
        redirectUrl={check.input}
        web={check.kind === "web"}
        canCheck={props.canCheck}
      />
    </>
  );
}
