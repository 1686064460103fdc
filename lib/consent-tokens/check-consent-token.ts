import "server-only";
import { notFound } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/logger";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import type { TConsentTokenReport } from "./consent-token-report";
import { listValidationResources } from "./list-validation-resources";
import { maskinportenKeySet } from "./maskinporten-key-set";
import type { TCheckConsentToken } from "./schemas";
import { verifyConsentToken } from "./verify-consent-token";

/**
 * Validates a pasted consent token the way the owner's API would, against one of the organisation's
 * consent resources and the chosen environment's Maskinporten. Reads only: nothing is stored or audited.
 */
export async function checkConsentToken(options: {
  organisationId: string;
  input: TCheckConsentToken;
}): Promise<TConsentTokenReport> {
  const { input } = options;
  const [resource] = await listValidationResources({
    organisationId: options.organisationId,
    identifier: input.resourceIdentifier,
  });
  if (!resource) throw notFound("consentResourceNotFound");
  const { audience: issuer, jwksUrl } = upstream().config(input.environment).maskinporten;
  return verifyConsentToken({
    token: input.token,
    expectation: {
      issuer,
      jwksUrl,
      resourceIdentifier: resource.identifier,
      migratedResourceIdentifier: resource.migratedIdentifier,
      requiredScopes: input.requireScope ? resource.scopeReferences : null,
      metadata: resource.metadata,
      expectedValues: input.expectedMetadata,
    },
    keys: maskinportenKeySet(jwksUrl),
    // The token itself is never logged.
    onKeySetError: (error) => logger.warn({ err: error, jwksUrl }, "Maskinporten JWKS could not be read"),
  });
}
