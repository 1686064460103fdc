import { getTranslations } from "next-intl/server";
import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";
import type { TConsentScopeState } from "@/lib/consent-scopes/list-consent-scope-requests";

const CONSENT_SCOPES: readonly string[] = CONSENT_API_SCOPES;

/**
 * A client waiting for Digdir's grant of the consent API scopes it carries, said from the request as it stands now:
 * on its way (created by itself once granted), stuck in Maskinporten (Digdir retries), or refused (it never will be).
 */
export async function ClientWaitingNote({ scopes, state }: { scopes: string[]; state: TConsentScopeState | null }) {
  const t = await getTranslations("clients.card");
  const values = { scopes: scopes.filter((scope) => CONSENT_SCOPES.includes(scope)).join(", ") };
  const refused = state === "refused" || state === null;
  const message = refused ? "waitingRefused" : state === "failed" ? "waitingFailed" : "waiting";
  return (
    <p
      className={refused ? "text-sm text-red-800" : "text-sm text-amber-800"}
      data-testid="client-waiting"
      data-state={state ?? "none"}
    >
      {t(message, values)}{" "}
      <a href="#consent-scopes-heading" className="text-brand-700 underline">
        {t("waitingLink")}
      </a>
    </p>
  );
}
