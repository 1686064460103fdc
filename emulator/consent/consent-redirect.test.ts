import { describe, expect, it } from "vitest";
import { appendEvent } from "./consent-lifecycle";
import { redirectAfterDecision } from "./consent-redirect";
import type { ConsentRequest } from "./consent-store";

function answered(redirectUrl: string, eventType: "Accepted" | "Rejected"): ConsentRequest {
  const request = { id: "0b9d0c6e-0000-4000-8000-000000000000", redirectUrl, events: [] } as unknown as ConsentRequest;
  appendEvent(request, eventType, "urn:altinn:person:identifier-no:21818297804");
  return request;
}

const FAILED = "Status=Failed&ErrorMessage=User+did+not+give+consent";

// The cases of Altinn's frontend mocks (consentRequest_person_*_with_fragment*.json, *_with_query.json).
describe("redirect after the person's answer (Altinn's access management frontend)", () => {
  it.each([
    ["https://smartbank.no/consent", "Accepted", "https://smartbank.no/consent?Status=OK"],
    ["https://smartbank.no/consent?authcode=123", "Rejected", `https://smartbank.no/consent?authcode=123&${FAILED}`],
    ["https://smartbank.no/consent#fragment", "Rejected", `https://smartbank.no/consent?${FAILED}#fragment`],
    [
      "https://smartbank.no/consent/#/fragmentpath",
      "Accepted",
      "https://smartbank.no/consent/#/fragmentpath?Status=OK",
    ],
    [
      "https://smartbank.no/consent/#/fragmentpath?authcode=123",
      "Accepted",
      "https://smartbank.no/consent/#/fragmentpath?authcode=123&Status=OK",
    ],
    ["https://SmartBank.no", "Accepted", "https://smartbank.no/?Status=OK"],
    ["no.bank.app://consent/done", "Rejected", `no.bank.app://consent/done?${FAILED}`],
    ["no.bank.app://consent/done?x=1#top", "Accepted", "no.bank.app://consent/done?x=1&Status=OK#top"],
  ] as const)("%s after %s → %s", (url, eventType, expected) => {
    expect(redirectAfterDecision(answered(url, eventType))).toBe(expected);
  });
});
