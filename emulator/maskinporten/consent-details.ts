import { findConsentForToken } from "../consent/consent-store";
import { ProblemError } from "../problem";
import type { EnvName } from "../state/environments";
import { OAuthError } from "./oauth-error";

const CONSENT_TYPE = "urn:altinn:consent";

/**
 * Turns the assertion's `authorization_details` (consent references) into the enriched objects the token carries,
 * asking the consent store whether the consent exists, is accepted, is still valid and was given to `consumerOrg`.
 */
export async function resolveConsentDetails(
  env: EnvName,
  requested: unknown,
  consumerOrg: string,
): Promise<unknown[] | undefined> {
  if (requested === undefined) return undefined;
  if (!Array.isArray(requested) || requested.length === 0) {
    throw invalid("authorization_details must be a non-empty array");
  }
  const resolved: unknown[] = [];
  for (const item of requested as Array<Record<string, unknown>>) {
    if (item?.type !== CONSENT_TYPE) throw invalid(`Unsupported authorization_details type ${String(item?.type)}`);
    if (typeof item.id !== "string" || typeof item.from !== "string") {
      throw invalid("authorization_details needs string id and from");
    }
    let details: unknown;
    try {
      details = await findConsentForToken(env, { id: item.id, from: item.from, consumerOrg });
    } catch (error) {
      if (error instanceof ProblemError) throw invalid(String(error.extra.detail ?? error.title));
      throw error;
    }
    const reason = errorReason(details);
    if (reason) throw invalid(reason);
    if (!details) throw invalid(`No consent ${item.id} from ${item.from} to ${consumerOrg}`);
    resolved.push(details);
  }
  return resolved;
}

function errorReason(details: unknown): string | undefined {
  if (typeof details === "string") return details;
  if (details && typeof details === "object" && "error" in details) {
    const { error } = details as { error: unknown };
    if (typeof error === "string") return error;
  }
  return undefined;
}

function invalid(description: string): OAuthError {
  return new OAuthError("invalid_authorization_details", description);
}
