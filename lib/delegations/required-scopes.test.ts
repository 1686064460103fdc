import { describe, expect, it } from "vitest";
import { CONSUMER_SCOPES, SERVICE_OWNER_SCOPES, scopesFor } from "./required-scopes";

describe("the scopes an organisation delegates to the portal", () => {
  it("are the client scopes for a consumer, and the owner's scopes too for a service owner", () => {
    expect(scopesFor("portal", { scopePrefix: null })).toEqual(CONSUMER_SCOPES);
    expect(scopesFor("portal", { scopePrefix: "skd" })).toEqual([...SERVICE_OWNER_SCOPES, ...CONSUMER_SCOPES]);
  });

  it("are the consent API scopes for the integration kit, whoever asks", () => {
    for (const scopePrefix of [null, "skd"]) {
      expect(scopesFor("consentRequests", { scopePrefix })).toEqual([
        "altinn:consentrequests.read",
        "altinn:consentrequests.write",
      ]);
    }
  });
});
