import "server-only";
import { logger } from "@/lib/platform/logger";
import { lookupOrganisation } from "@/lib/platform/upstream/organisation-register-client";

/**
 * Registered names for one page of members only (the register client caches them). A lookup that fails leaves the
 * number without a name: the page must still show when Brønnøysund is slow or down.
 */
export async function memberNames(orgNumbers: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const results = await Promise.allSettled(orgNumbers.map((orgNumber) => lookupOrganisation(orgNumber)));
  results.forEach((result, index) => {
    if (result.status === "fulfilled" && result.value) names.set(orgNumbers[index]!, result.value.name);
  });
  const failed = results.filter((result) => result.status === "rejected").length;
  if (failed > 0) logger.warn({ failed }, "organisation names unavailable for some access-list members");
  return names;
}
