import { describe, expect, it } from "vitest";
import { kitReturnUrl, markKitReturn, readApprovalReturn } from "./kit-return";

const portalUrl = "https://portal.example";

describe("the kit's return address", () => {
  it("is the kit page for the resource, and carries the test's id once the test exists", () => {
    const address = kitReturnUrl(portalUrl, "313876144", "skd-inntekt");
    expect(address).toBe("https://portal.example/orgs/313876144/integration?resource=skd-inntekt");
    expect(markKitReturn(address, { portalUrl, orgNumber: "313876144", testId: "t-1" })).toBe(`${address}&test=t-1`);
  });

  it("leaves any other address as typed", () => {
    for (const other of [
      "https://bank.example/done",
      "no.bank.app://consent/done",
      "https://portal.example/orgs/313876144/clients",
      "not a url",
    ]) {
      expect(markKitReturn(other, { portalUrl, orgNumber: "313876144", testId: "t-1" })).toBe(other);
    }
    expect(
      markKitReturn("https://portal.example/orgs/974761076/integration", {
        portalUrl,
        orgNumber: "313876144",
        testId: "t-1",
      }),
    ).toBe("https://portal.example/orgs/974761076/integration");
  });
});

describe("readApprovalReturn", () => {
  it("reads Status=OK and Status=Failed with its ErrorMessage", () => {
    expect(readApprovalReturn({ Status: "OK" })).toEqual({ outcome: "ok" });
    expect(readApprovalReturn({ Status: "Failed", ErrorMessage: "The person declined" })).toEqual({
      outcome: "failed",
      errorMessage: "The person declined",
    });
    expect(readApprovalReturn({ status: "failed" })).toEqual({ outcome: "failed", errorMessage: null });
  });

  it("shows anything else as it came, and nothing when the page was not returned to", () => {
    expect(readApprovalReturn({ Status: "accepted" })).toEqual({ outcome: "other", status: "accepted" });
    expect(readApprovalReturn({ resource: "x" })).toBeNull();
  });
});
