import { describe, expect, it } from "vitest";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { STAMI_ORG_NUMBER } from "../test-support/consent-resource";
import { BANK, OTHER_BANK, publishReal } from "../test-support/decision-point-fixture";
import { emulatorPerFile } from "../test-support/emulator-per-file";

// POST /{env}/platform/authorization/api/v1/authorize: Altinn's external decision endpoint (DecisionController
// .AuthorizeExternal), a XACML JSON request decided by the emulator's decision point against the published policy.

const emulator = emulatorPerFile();
const AUTHORIZE = "altinn:authorization/authorize";
const RESOURCE = "ske-samtykke-sbl-summert-skattegrunnlag";

const request = (subject: { AttributeId: string; Value: string }[], action: string) => ({
  Request: {
    AccessSubject: [{ Attribute: subject }],
    Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: action }] }],
    Resource: [{ Attribute: [{ AttributeId: "urn:altinn:resource", Value: RESOURCE }] }],
  },
});

async function authorize(token: string, body: unknown) {
  const response = await fetch(`${emulator.url}/test/platform/authorization/api/v1/authorize`, {
    method: "POST",
    headers: altinnHeaders(token),
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
}

const decision = (answer: { body: Record<string, unknown> }) =>
  (answer.body.response as { decision: string }[] | undefined)?.[0]?.decision;

describe("the decision point's authorize endpoint", () => {
  it("decides requestconsent and consent against the published policy, with the scope only", async () => {
    await publishReal(emulator.url, { organization: "974761076", orgcode: "skd" }, RESOURCE);
    const token = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [AUTHORIZE] });
    const org = (orgNumber: string) => [{ AttributeId: "urn:altinn:organization:identifier-no", Value: orgNumber }];
    // The real policy lets every organisation (partytype) request...
    const permit = await authorize(token, request(org(BANK), "requestconsent"));
    expect(permit.status).toBe(200);
    expect(decision(permit)).toBe("Permit");
    expect(permit.body.response).toMatchObject([{ obligations: expect.arrayContaining([expect.anything()]) }]);
    expect(decision(await authorize(token, request(org(OTHER_BANK), "requestconsent")))).toBe("Permit");
    // ...and the accountants' package or role priv approve; dagl is not named there.
    const pkg = [{ AttributeId: "urn:altinn:accesspackage", Value: "regnskapsforer-lonn" }];
    expect(decision(await authorize(token, request(pkg, "consent")))).toBe("Permit");
    const dagl = [{ AttributeId: "urn:altinn:rolecode", Value: "dagl" }];
    expect(decision(await authorize(token, request(dagl, "consent")))).toBe("NotApplicable");

    const unknown = { ...request(org(BANK), "requestconsent") };
    unknown.Request.Resource = [{ Attribute: [{ AttributeId: "urn:altinn:resource", Value: "no-such" }] }];
    expect(decision(await authorize(token, unknown))).toBe("Indeterminate");
    expect(decision(await authorize(token, { nothing: true }))).toBe("Indeterminate");

    const noScope = await altinnToken(emulator.url, {
      orgNumber: STAMI_ORG_NUMBER,
      scopes: ["altinn:resourceregistry/resource.write"],
    });
    expect((await authorize(noScope, request(org(BANK), "requestconsent"))).status).toBe(403);
  });
});
