import { describe, expect, it } from "vitest";
import { statusFromGrants } from "./status-from-grants";

const grant = (status: "PENDING" | "SYNCED" | "FAILED", target = "skd:a", lastError: string | null = null) => ({
  status,
  target,
  lastError,
});

describe("statusFromGrants", () => {
  it("is active only when every grant is synced", () => {
    expect(statusFromGrants([grant("SYNCED"), grant("SYNCED", "list")])).toEqual({ status: "ACTIVE", reason: null });
    expect(statusFromGrants([grant("SYNCED"), grant("PENDING", "list")])).toEqual({
      status: "PROVISIONING",
      reason: null,
    });
  });

  it("fails with the failed grants' reasons, even while others are pending", () => {
    expect(statusFromGrants([grant("FAILED", "skd:a", "HTTP 400 bad"), grant("PENDING", "list")])).toEqual({
      status: "FAILED",
      reason: "skd:a: HTTP 400 bad",
    });
  });

  it("is active when nothing had to be granted", () => {
    expect(statusFromGrants([]).status).toBe("ACTIVE");
  });
});
