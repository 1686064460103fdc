import { expect, type Page } from "@playwright/test";
import { emulatorControl } from "./emulator";

// What a consumer does outside the portal before it can use it (done through the emulator's control API, as the
// consumer would do it in Altinn and Digdir would in Maskinporten), and the steps of the portal's own pages that
// several journeys go through.

/** Digdir, the portal's operator: consumers delegate their Maskinporten scopes to it. */
export const OPERATOR = "991825827";
/** A synthetic person (Kari Nordmann) who answers consent requests on Altinn's approval page. */
export const PERSON = "21818297804";
export const DCR_SCOPES = ["idporten:dcr.read", "idporten:dcr.modify", "idporten:dcr.write"];
export const CONSENT_SCOPES = ["altinn:consentrequests.read", "altinn:consentrequests.write"];

/** In Altinn (test): the consumer delegates these scopes to the portal's operator. */
export const delegateToPortal = (consumerOrg: string, scopes: string[]) =>
  emulatorControl("/delegations", "POST", { env: "test", consumerOrg, supplierOrg: OPERATOR, scopes });

/** In Maskinporten (test): Digdir grants the consumer these scopes. */
export async function grantScopeAccess(consumerOrg: string, scopes: string[]) {
  for (const scope of scopes)
    await emulatorControl("/scope-access", "POST", { env: "test", scope, consumer_orgno: consumerOrg });
}

/** The consent API granted to the consumer and delegated to the portal: it may try consent requests in the kit. */
export async function consentApiReady(consumerOrg: string) {
  await grantScopeAccess(consumerOrg, CONSENT_SCOPES);
  await delegateToPortal(consumerOrg, CONSENT_SCOPES);
}

/** A platform administrator grants the organisation's pending request for the consent API scopes. */
export async function grantConsentScopeRequest(adminPage: Page, org: string) {
  await adminPage.goto("/admin/consent-scopes");
  await adminPage
    .locator(`[data-testid="consent-scope-request"][data-org="${org}"]`)
    .getByRole("button", { name: /^Grant: / })
    .click();
  await expect(adminPage.locator(`[data-testid="consent-scope-decided"][data-org="${org}"]`)).toHaveAttribute(
    "data-state",
    "granted",
    { timeout: 30_000 },
  );
}

/** In the integration kit: opens the request builder (its code loads on demand, issue 17). */
export const openRequestBuilder = (page: Page) => page.getByRole("button", { name: "Change the request" }).click();

/** In the integration kit: a consent request from PERSON for the resource, tried in test. */
export async function tryInKit(page: Page, org: string, identifier: string, inntektsaar: string) {
  await page.goto(`/orgs/${org}/integration?resource=${identifier}`);
  await openRequestBuilder(page);
  await page.getByLabel("National identity number").fill(PERSON);
  await page.getByLabel("inntektsaar (required)").fill(inntektsaar);
  await page.getByRole("button", { name: "Try it in test" }).click();
}
