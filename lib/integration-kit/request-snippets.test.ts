import { describe, expect, it } from "vitest";
import { buildConsentRequest } from "./consent-request-rules";
import { defaultDraft, requestSnippets } from "./request-snippets";
import { draft, REQUEST_ID, resource } from "./test-support/kit-fixtures";

// The page renders the default request's code on the server and the builder the same code live in the browser: both
// come from requestSnippets, so what a first visit shows is what the builder shows before anything is typed.

const endpoints = {
  tokenUrl: "https://test.maskinporten.no/token",
  audience: "https://test.maskinporten.no/",
  consentRequestsUrl: "https://platform.tt02.altinn.no/accessmanagement/api/v1/enterprise/consentrequests",
};
const defaults = { validTo: "2099-01-31", redirectUrl: "https://portal.example/orgs/313876144/integration" };

describe("defaultDraft", () => {
  it("asks a person, fills in nothing, leaves every declared key empty and keeps the request out of Altinn's list", () => {
    expect(defaultDraft(resource, defaults)).toEqual({
      partyType: "person",
      party: "",
      requiredDelegator: "",
      metadata: { inntektsaar: "", formaal: "" },
      requestMessage: "",
      portalViewMode: "Hide",
      ...defaults,
    });
  });
});

describe("requestSnippets", () => {
  it("shows the default request as JSON, and says it is not complete yet", () => {
    const { snippets, incomplete } = requestSnippets({
      id: REQUEST_ID,
      orgNumber: "313876144",
      resource,
      endpoints,
      draft: defaultDraft(resource, defaults),
    });
    expect(incomplete).toBe(true);
    expect(JSON.parse(snippets.json)).toEqual(
      buildConsentRequest({
        id: REQUEST_ID,
        consumerOrgNumber: "313876144",
        resource,
        draft: defaultDraft(resource, defaults),
      }),
    );
    expect(snippets.curl).toContain(endpoints.consentRequestsUrl);
    expect(snippets.typescript).toContain(`"${REQUEST_ID}"`);
  });

  it("a complete draft for a supplier's customer is addressed to the customer and names it as consumer_org", () => {
    const { snippets, incomplete } = requestSnippets({
      id: REQUEST_ID,
      orgNumber: "313876144",
      customerOrgNumber: "310000001",
      resource,
      endpoints,
      draft: draft(),
    });
    expect(incomplete).toBe(false);
    expect(JSON.parse(snippets.json)).toMatchObject({ to: "urn:altinn:organization:identifier-no:310000001" });
    expect(snippets.curl).toContain("310000001");
    expect(snippets.typescript).toContain("310000001");
  });
});
