import { describe, expect, it } from "vitest";
import { consentPolicyXml, stamiConsentResource } from "../test-support/consent-resource";
import { uploadPolicy } from "../test-support/registry-api";
import { resourcesPerFile } from "../test-support/resource-api";

const { base, tokens, post, registryState } = resourcesPerFile();

describe("policies", () => {
  const upload = (id: string, xml: string, method = "POST") => uploadPolicy(base(), tokens.stami, id, xml, method);

  it("stores an uploaded XACML policy (201 for POST and PUT) and shows its rules in the state", async () => {
    await post(tokens.stami, stamiConsentResource({ identifier: "stami-policy" }));
    expect((await fetch(`${base()}/resource/stami-policy/policy`)).status).toBe(404);

    const xml = consentPolicyXml("stami-policy", { id: "urn:altinn:access-list", value: "stami:must-banker" });
    const created = await upload("stami-policy", xml);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("stami-policy/policy");
    expect(await created.text()).toBe("");
    const fetched = await fetch(`${base()}/resource/stami-policy/policy`);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toBe("text/xml");
    expect(await fetched.text()).toBe(xml);

    const rules = (await registryState()).test?.["stami-policy"]?.policy?.rules;
    expect(rules).toEqual([
      expect.objectContaining({
        actions: ["requestconsent"],
        subjects: [{ id: "urn:altinn:access-list", value: "stami:must-banker" }],
      }),
      expect.objectContaining({ actions: ["consent"], subjects: [{ id: "urn:altinn:rolecode", value: "dagl" }] }),
    ]);
    expect((await upload("stami-policy", consentPolicyXml("stami-policy"), "PUT")).status).toBe(201);
  });

  it("answers as ResourceController.WritePolicy does to bad uploads", async () => {
    await post(tokens.stami, stamiConsentResource({ identifier: "stami-bad-policy" }));
    // XacmlParser failures are not ArgumentExceptions: the controller answers 500.
    expect((await upload("stami-bad-policy", "<html><body>no</body></html>")).status).toBe(500);
    const truncated = consentPolicyXml("stami-bad-policy").replace("</xacml:Policy>", "");
    expect((await upload("stami-bad-policy", truncated)).status).toBe(500);
    const other = await upload("stami-bad-policy", consentPolicyXml("another-resource"));
    expect(other.status).toBe(400);
    expect(await other.json()).toBe("Policy not accepted: Contains rules for a different registry resource");
    const raw = await fetch(`${base()}/resource/stami-bad-policy/policy`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.stami}`, "content-type": "application/xml" },
      body: consentPolicyXml("stami-bad-policy"),
    });
    expect(raw.status).toBe(415);
    const unknown = await upload("no-such-resource", consentPolicyXml("no-such-resource"));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toBe("Unknown resource");
  });
});
