import "server-only";
import { AppError } from "@/lib/platform/errors/app-error";
import type { TConsentTemplate } from "./consent-template-schema";
import { loadConsentTemplates } from "./consent-templates-client";
import { findTemplate } from "./templates-for-owner";

/**
 * One template of Altinn's catalogue by id (ignoring case, as Altinn does), e.g. to learn whether a consent request
 * for a resource with this template may carry a `requestMessage` (`isMessageSetInRequest`). Null when the catalogue
 * does not list the id; an UPSTREAM_UNAVAILABLE error when the catalogue has never been readable.
 */
export async function getConsentTemplate(id: string): Promise<TConsentTemplate | null> {
  const catalogue = await loadConsentTemplates();
  if (!catalogue) throw new AppError("UPSTREAM_UNAVAILABLE", "consentTemplatesUnavailable");
  return findTemplate(catalogue.templates, id) ?? null;
}
