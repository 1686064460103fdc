import { describe, expect, it } from "vitest";
import { normaliseConsentStatus, sameConsentStatus } from "./consent-status";

describe("consent statuses, compared ignoring case", () => {
  it("reads the OpenAPI's spelling and the lower-case one alike", () => {
    expect(normaliseConsentStatus("Accepted")).toBe("accepted");
    expect(normaliseConsentStatus("accepted")).toBe("accepted");
    expect(normaliseConsentStatus(" REJECTED ")).toBe("rejected");
    expect(sameConsentStatus("Created", "created")).toBe(true);
    expect(sameConsentStatus("Accepted", "rejected")).toBe(false);
  });

  it("knows nothing else", () => {
    expect(normaliseConsentStatus("approved")).toBeNull();
    expect(normaliseConsentStatus(null)).toBeNull();
    expect(sameConsentStatus(undefined, "accepted")).toBe(false);
  });
});
