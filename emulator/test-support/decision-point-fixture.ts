import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { decideResourceAction } from "../registry/decision-point";
import { altinnToken } from "./altinn-token";
import { stamiConsentResource } from "./consent-resource";
import { REALDATA } from "./real-consent-policy";
import { registryCall, registryUrl, uploadPolicy } from "./registry-api";

// What the decision point's tests publish and ask: resources with policies (Altinn's real ones read where they lie,
// beside the repository, never copied into it) and requestconsent decisions for organisations.

export const BANK = "313876144";
export const OTHER_BANK = "310149942";
export const SCOPES = ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/accesslist.write"];

export const realPolicy = (resourceId: string) => readFileSync(path.join(REALDATA, `policy.${resourceId}.xml`), "utf8");

/** Creates the resource and uploads its policy, as its owner (the token's organisation). */
export async function publish(
  emulatorUrl: string,
  token: string,
  resource: Record<string, unknown>,
  policyXml: string,
): Promise<void> {
  const base = registryUrl(emulatorUrl);
  expect((await registryCall(token, "POST", `${base}/resource`, resource)).status).toBe(201);
  expect((await uploadPolicy(base, token, String(resource.identifier), policyXml)).status).toBe(201);
}

/** Publishes one of Altinn's real consent resources (its real policy) as the owner `orgcode`; returns its token. */
export async function publishReal(
  emulatorUrl: string,
  owner: { organization: string; orgcode: string },
  identifier: string,
): Promise<string> {
  const token = await altinnToken(emulatorUrl, { orgNumber: owner.organization, scopes: SCOPES });
  const { orgcode } = owner;
  const hasCompetentAuthority = { name: { nb: orgcode, nn: orgcode, en: orgcode }, ...owner };
  await publish(
    emulatorUrl,
    token,
    stamiConsentResource({ identifier, hasCompetentAuthority }),
    realPolicy(identifier),
  );
  return token;
}

export const organisation = (orgNumber: string) => ({ partyType: "organization" as const, orgNumber });
export const requestConsent = (resourceId: string, orgNumber: string) =>
  decideResourceAction("test", { resourceId, action: "requestconsent", subject: organisation(orgNumber) });
/** The decision alone, for one subject and action on a resource in test. */
export const decisionOf = (
  resourceId: string,
  action: string,
  subject: Parameters<typeof decideResourceAction>[1]["subject"],
) => decideResourceAction("test", { resourceId, action, subject }).decision;
