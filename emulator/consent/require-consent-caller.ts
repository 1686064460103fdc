import type { IncomingMessage } from "node:http";
import { decodeJwt } from "jose";
import { requireAltinnToken } from "../altinn/require-altinn-token";
import { organisationOf, verifyMaskinportenToken } from "../maskinporten/verify-access-token";
import { ProblemError } from "../problem";
import type { EnvName } from "../state/environments";
import { BareStatus } from "./http-results";

export const SCOPE_CONSENTREQUEST_ORG = "altinn:consentrequests.org";
export const SCOPE_CONSENTREQUEST_WRITE = "altinn:consentrequests.write";
export const SCOPE_CONSENTREQUEST_READ = "altinn:consentrequests.read";

/**
 * The authorisation policies of the enterprise consent API (Altinn/altinn-authorization-tmp
 * .../Altinn.AccessManagement/AccessManagementHost.cs): CONSENTREQUEST_WRITE takes `.org` or `.write`,
 * CONSENTREQUEST_READ takes `.org`, `.read` or `.write`.
 */
export const WRITE_POLICY = [SCOPE_CONSENTREQUEST_ORG, SCOPE_CONSENTREQUEST_WRITE];
export const READ_POLICY = [SCOPE_CONSENTREQUEST_ORG, SCOPE_CONSENTREQUEST_READ, SCOPE_CONSENTREQUEST_WRITE];

export interface ConsentCaller {
  /** The authenticated party: the token's `consumer` (OrgUtil.GetAuthenticatedParty). */
  orgNumber: string;
  /** The token's `supplier`, present when a supplier acts for the consumer (OrgUtil.GetSupplierParty). */
  supplierOrgNumber?: string;
  scopes: string[];
}

/**
 * Altinn's enterprise consent API is called with a Maskinporten token (Altinn's tests use
 * PrincipalUtil.GetMaskinportenToken); an exchanged Altinn token is accepted too, as other Altinn APIs take one.
 * Either way the caller is the token's `consumer`, and a supplier is read from its `supplier` claim
 * (Altinn/altinn-authorization-tmp .../Api.Enterprise/Utils/OrgUtil.cs). As with [Authorize], a missing or invalid
 * token is 401 and a token without the policy's scopes 403, both without a body.
 */
export async function requireConsentCaller(
  req: IncomingMessage,
  env: EnvName,
  policy: string[],
): Promise<ConsentCaller> {
  const maskinporten = await verifyMaskinportenToken(req.headers.authorization, env);
  if (!("error" in maskinporten)) {
    if (!policy.some((scope) => maskinporten.scopes.includes(scope)))
      throw new BareStatus(403, `the token needs one of ${policy.join(", ")}`);
    const { orgNumber, supplierOrgNumber, scopes } = maskinporten;
    return { orgNumber, ...(supplierOrgNumber ? { supplierOrgNumber } : {}), scopes };
  }
  try {
    const caller = await requireAltinnToken(req, env, policy);
    const payload = decodeJwt((req.headers.authorization ?? "").replace(/^Bearer\s+/i, ""));
    const consumer = organisationOf(payload.consumer) ?? caller.orgNumber;
    const supplier = organisationOf(payload.supplier);
    return {
      orgNumber: consumer,
      ...(supplier && supplier !== consumer ? { supplierOrgNumber: supplier } : {}),
      scopes: caller.scopes,
    };
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) {
      throw new BareStatus(error.status, String(error.extra.detail ?? error.title));
    }
    throw error;
  }
}
