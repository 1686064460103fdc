import { describe, expect, it } from "vitest";
import { curlSnippet, typescriptSnippet } from "@/lib/integration-kit/snippets";
import type { TConsentRequestBody } from "@/lib/integration-kit/consent-request-rules";

const body = {
  id: "0b9f3b0e-6a55-4d6b-9a86-2f2f0c6c8c11",
  from: "urn:altinn:person:identifier-no:21818297804",
  to: "urn:altinn:organization:identifier-no:313876144",
} as unknown as TConsentRequestBody;
const endpoints = {
  tokenUrl: "https://mp/token",
  audience: "https://mp/",
  consentRequestsUrl: "https://altinn/consent",
};

describe("the kit's snippets for a supplier acting for its customer", () => {
  it("ask every Maskinporten token with consumer_org = the customer", () => {
    const curl = curlSnippet(body, endpoints, "altinn:consentrequests.read", { consumerOrg: "313876144" });
    expect(curl.match(/consumer_org=313876144/g)).toHaveLength(2);
    const ts = typescriptSnippet(body, endpoints, "altinn:consentrequests.read", { consumerOrg: "313876144" });
    expect(ts).toContain('const CONSUMER_ORG = "313876144";');
    expect(ts).toContain("new SignJWT({ scope, consumer_org: CONSUMER_ORG, ...extra })");
  });

  it("leave the organisation's own snippets as they were", () => {
    expect(curlSnippet(body, endpoints, "s")).not.toContain("consumer_org");
    expect(typescriptSnippet(body, endpoints, "s")).not.toContain("consumer_org");
  });
});
