import "server-only";
import { getConsentTemplate } from "@/lib/consent-templates/get-consent-template";
import { fillTemplateText } from "@/lib/consent-templates/fill-template-text";
import { lookupOrganisation } from "@/lib/platform/upstream/organisation-register-client";
import { listConsumers } from "@/lib/platform/upstream/supplier-delegations-client";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { personTarget } from "./person-target";

export interface TKitCustomer {
  orgNumber: string;
  name: string;
  /** The template's handledBy text as Altinn shows it to the person, per language; null when the template has none. */
  handledBy: { nb: string; nn: string; en: string } | null;
}

/**
 * The customer a supplier builds a consent request for in the integration kit (`?for=`), when Altinn's test
 * environment says the customer named it as supplier; else null. A request the supplier sends with `consumer_org`
 * gets `handledBy` = the supplier (Altinn/altinn-authorization-tmp .../Api.Enterprise/Controllers/ConsentController.cs),
 * and Altinn then shows the template's `handledBy` text with {HandledBy} = the supplier and {CoveredBy} = the customer
 * (AccessManagement.Core/Models/Consent/ConsentTemplateTexts.cs; ../shared/realdata/consent_templates.authz-test.json).
 */
export async function getKitCustomer(options: {
  supplier: { orgNumber: string; name: string };
  customerOrgNumber: string | null;
  consentTemplate: string | null;
}): Promise<TKitCustomer | null> {
  const { supplier, customerOrgNumber } = options;
  if (!customerOrgNumber) return null;
  let customers: Awaited<ReturnType<typeof listConsumers>>;
  try {
    // Asked as the logged-in person (the API is an end-user API); without a usable login the kit builds for the
    // organisation itself, and the suppliers page says to log in again.
    const person = await personTarget(supplier.orgNumber);
    if (!person.ok) return null;
    customers = await listConsumers(person.target);
  } catch (error) {
    // Altinn unreachable or refusing: the kit is still usable for the organisation itself.
    if (isUpstreamError(error)) return null;
    throw error;
  }
  const customer = customers.find((c) => c.orgNumber === customerOrgNumber);
  if (!customer) return null;
  const name = customer.name ?? (await lookupOrganisation(customer.orgNumber))?.name ?? customer.orgNumber;
  const template = options.consentTemplate ? await getConsentTemplate(options.consentTemplate) : null;
  const texts = template?.texts.handledBy;
  const values = { CoveredBy: name, HandledBy: supplier.name, OfferedBy: "", Expiration: "" };
  const handledBy =
    texts && (texts.nb || texts.nn || texts.en)
      ? {
          nb: fillTemplateText(texts.nb, values),
          nn: fillTemplateText(texts.nn, values),
          en: fillTemplateText(texts.en, values),
        }
      : null;
  return { orgNumber: customer.orgNumber, name, handledBy };
}
