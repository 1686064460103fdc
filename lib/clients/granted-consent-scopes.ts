import "server-only";
import { env } from "@/lib/platform/config/env";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { listScopeAccess } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { CONSENT_API_SCOPES } from "./schemas";

/**
 * The consent API scopes Digdir has not granted the organisation yet, asked of Maskinporten now (the scopes' access
 * lists, as the checklist reads them): a new client cannot carry them, since Maskinporten refuses a client with a
 * scope its organisation has no access to. When Maskinporten cannot be asked, nothing is held back and Maskinporten
 * decides, as before.
 */
export async function ungrantedConsentScopes(options: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
}): Promise<string[]> {
  try {
    const target = { environment: options.environment, actingFor: env().OPERATOR_ORG_NUMBER };
    const granted = await Promise.all(
      CONSENT_API_SCOPES.map(async (scope) =>
        (await listScopeAccess(target, scope)).some(
          (access) => access.consumer_orgno === options.orgNumber && (access.state ?? "APPROVED") === "APPROVED",
        ),
      ),
    );
    return CONSENT_API_SCOPES.filter((_, index) => !granted[index]);
  } catch {
    return [];
  }
}
