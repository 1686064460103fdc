import { getTranslations } from "next-intl/server";
import { WEBHOOK_SIGNATURE_HEADER } from "@/lib/consent-monitor/webhook-signature";

// The receiver's side of lib/consent-monitor/webhook-signature.ts, for Node.js (README.md shows the same).
const SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// body: the request body as received (a string, before JSON.parse); header: ${WEBHOOK_SIGNATURE_HEADER}
export function verify(secret: string, body: string, header: string): boolean {
  const { t, v1 } = Object.fromEntries(header.split(",").map((part) => part.split("=", 2)));
  if (Math.abs(Date.now() / 1000 - Number(t)) > 300) return false; // older than 5 minutes
  const expected = createHmac("sha256", secret).update(\`\${t}.\${body}\`).digest();
  const given = Buffer.from(v1 ?? "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

export async function WebhookVerifySnippet() {
  const t = await getTranslations("consentMonitor.webhook");
  return (
    <details className="space-y-2">
      <summary className="cursor-pointer font-medium">{t("verifyTitle")}</summary>
      <p className="text-sm text-slate-700">{t("verifyIntro", { header: WEBHOOK_SIGNATURE_HEADER })}</p>
      <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        <code>{SNIPPET}</code>
      </pre>
    </details>
  );
}
