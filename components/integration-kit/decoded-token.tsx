"use client";

import { useTranslations } from "next-intl";
import type { JWTPayload, ProtectedHeaderParameters } from "jose";
import { CopyButton } from "./copy-button";
import { Section } from "@/components/ui/section";

/** A consent token shown once: its header and claims decoded, and the compact token to copy. */
export function DecodedToken(props: { token: string; header: ProtectedHeaderParameters; claims: JWTPayload }) {
  const t = useTranslations("integrationKit.test");
  return (
    <Section
      headingId="token-heading"
      title={t("tokenTitle")}
      level={3}
      headingClassName="text-base font-semibold"
      data-testid="consent-token"
      className="space-y-3 rounded border border-green-300 bg-green-50 p-4"
    >
      <p className="text-sm text-slate-700">{t("tokenIntro")}</p>
      <CopyButton text={props.token} label={t("copyToken")} />
      <h4 className="text-sm font-medium">{t("header")}</h4>
      <pre tabIndex={0} className="overflow-auto rounded bg-white p-2 text-xs">
        {JSON.stringify(props.header, null, 2)}
      </pre>
      <h4 className="text-sm font-medium">{t("claims")}</h4>
      <pre
        data-testid="consent-token-claims"
        tabIndex={0}
        className="max-h-96 overflow-auto rounded bg-white p-2 text-xs"
      >
        {JSON.stringify(props.claims, null, 2)}
      </pre>
      <details>
        <summary className="cursor-pointer text-sm">{t("raw")}</summary>
        <p className="mt-1 font-mono text-xs break-all">{props.token}</p>
      </details>
    </Section>
  );
}
