import "server-only";
import { logger } from "@/lib/platform/logger";
import { HttpBaseClient } from "@/lib/platform/upstream/http-base-client";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { parseConsentTemplates, type TConsentTemplate } from "./consent-template-schema";

// Altinn's consent template catalogue, read the way Altinn reads it (altinn-authorization-tmp,
// AccessManagement.Integration/Clients/ResourceRegistryClient.cs GetConsentTemplates: one GET of the JSON file, kept
// in memory for 4 hours). Here it is kept for an hour, and when a refresh fails the last good copy is used (marked
// stale) rather than leaving the editor without templates.

const FRESH_FOR_MS = 60 * 60_000;
/** After a failed fetch, wait this long before asking again, so pages do not each wait for a timeout. */
const RETRY_AFTER_FAILURE_MS = 60_000;
const TIMEOUT_MS = 5_000;

export type TConsentTemplateCatalogue = {
  templates: TConsentTemplate[];
  fetchedAt: Date;
  /** True when this is the last good copy because the latest fetch failed. */
  stale: boolean;
};

let lastGood: { templates: TConsentTemplate[]; fetchedAt: Date } | undefined;
let lastFailureAt: number | undefined;
let inFlight: Promise<void> | undefined;

async function fetchCatalogue(): Promise<void> {
  const url = upstream().config("test").consentTemplatesUrl;
  const http = new HttpBaseClient({
    baseUrl: url,
    name: "consent-templates",
    timeoutMs: TIMEOUT_MS,
    retry: { retries: 1 },
  });
  // Read as text: GitHub serves the file as text/plain, and a byte-order mark would break JSON.parse.
  const { data } = await http.request<string>({ method: "GET", path: "", expectText: true });
  const body: unknown = JSON.parse(data.replace(/^\uFEFF/, ""));
  if (!Array.isArray(body)) throw new Error("the consent template catalogue is not a JSON array");
  const { templates, skipped } = parseConsentTemplates(body);
  if (skipped.length)
    logger.warn({ skipped, url }, "consent template catalogue: entries skipped that do not match the expected shape");
  if (templates.length === 0) throw new Error("the consent template catalogue holds no readable template");
  lastGood = { templates, fetchedAt: new Date() };
  lastFailureAt = undefined;
}

/**
 * The catalogue: fresh, or the last good copy when a refresh fails; null only when it has never been read.
 * Concurrent callers share one fetch.
 */
export async function loadConsentTemplates(): Promise<TConsentTemplateCatalogue | null> {
  const now = Date.now();
  const fresh = lastGood && now - lastGood.fetchedAt.getTime() < FRESH_FOR_MS;
  const resting = lastFailureAt !== undefined && now - lastFailureAt < RETRY_AFTER_FAILURE_MS;
  if (!fresh && !resting) {
    inFlight ??= fetchCatalogue()
      .catch((error: unknown) => {
        lastFailureAt = Date.now();
        logger.warn(
          { err: error, hasLastGoodCopy: lastGood !== undefined },
          "consent template catalogue could not be read",
        );
      })
      .finally(() => {
        inFlight = undefined;
      });
    await inFlight;
  }
  if (!lastGood) return null;
  return {
    ...lastGood,
    stale: Date.now() - lastGood.fetchedAt.getTime() >= FRESH_FOR_MS || lastFailureAt !== undefined,
  };
}

/** Forgets the cached catalogue (tests). */
export function clearConsentTemplateCache(): void {
  lastGood = undefined;
  lastFailureAt = undefined;
  inFlight = undefined;
}
