"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { safeCallbackPath } from "@/lib/platform/http/safe-callback-path";

/**
 * Shown with a STEP_UP_REQUIRED refusal (a production change after a login older than the portal allows): logs in again
 * at ID-porten and comes back to this page, where the change then goes through. `prompt=login` makes the IdP ask who
 * you are even with a live IdP session; `max_age=0` asks for an authentication made now, which the IdP states in the
 * ID token's `auth_time` (OIDC Core 3.1.2.1), and the portal's session starts from that time (lib/platform/auth/).
 * The return path passes the portal's one safe-redirect rule here and again in next-auth's `redirect` callback.
 * next-auth's client is loaded on the click: FormStatus shows this button, so a static import put it on every form's page.
 */
export function StepUpButton() {
  const t = useTranslations("signIn");
  async function logInAgain() {
    const here = safeCallbackPath(`${window.location.pathname}${window.location.search}`);
    const { signIn } = await import("next-auth/react");
    await signIn("idporten", { callbackUrl: here }, { prompt: "login", max_age: "0" });
  }
  return (
    <Button variant="primary" size="sm" className="mt-2" onClick={() => void logInAgain()}>
      {t("stepUp")}
    </Button>
  );
}
