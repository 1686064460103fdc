"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A new token's secret, shown this once (it is not stored), with a copy button. */
export function TokenSecretOnce(props: { secret: string }) {
  const t = useTranslations("definitions.tokens");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(props.secret);
    setCopied(true);
  };
  return (
    <div className="space-y-2 rounded border border-green-300 bg-green-50 p-3" data-testid="api-token-secret">
      <p className="text-sm font-medium">{t("secretTitle")}</p>
      <p className="text-sm text-slate-700">{t("secretOnce")}</p>
      <code className="block rounded bg-white p-2 font-mono text-sm break-all">{props.secret}</code>
      <div className="flex items-center gap-2">
        <Button onClick={() => void copy()}>{t("copy")}</Button>
        <span aria-live="polite" className="text-sm text-green-800">
          {copied ? t("copied") : ""}
        </span>
      </div>
    </div>
  );
}
