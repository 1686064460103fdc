import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkDelegations } from "./check-delegations";
import { checkDelegationsForPage } from "./check-delegations-for-page";
import { withinLiveCheckLimit } from "@/lib/platform/rate-limit/within-live-check-limit";

// The overview's and the kit's check as the page streams it: one point of the person's live-check limit, both
// environments side by side, and never a broken page (over the limit or on a failure the panel asks its route).
vi.mock("./check-delegations", () => ({ checkDelegations: vi.fn() }));
vi.mock("@/lib/platform/rate-limit/within-live-check-limit", () => ({ withinLiveCheckLimit: vi.fn() }));

const organisation = { orgNumber: "313876144", scopePrefix: null };
const statusOf = (environment: "test" | "prod") => ({ environment, state: "complete" as const, scopes: [] });

beforeEach(() => {
  vi.mocked(withinLiveCheckLimit).mockReset().mockResolvedValue(true);
  vi.mocked(checkDelegations)
    .mockReset()
    .mockImplementation(async ({ environment }) => statusOf(environment));
});

describe("checkDelegationsForPage", () => {
  it("checks every environment, counted as one live check of the person's", async () => {
    expect(await checkDelegationsForPage({ userId: "u1", organisation })).toEqual({
      test: statusOf("test"),
      prod: statusOf("prod"),
    });
    expect(withinLiveCheckLimit).toHaveBeenCalledExactlyOnceWith("u1");
  });

  it("checks only what the kit asks for", async () => {
    const checked = await checkDelegationsForPage({
      userId: "u1",
      organisation,
      purpose: "consentRequests",
      environments: ["test"],
    });
    expect(checked).toEqual({ test: statusOf("test") });
    expect(checkDelegations).toHaveBeenCalledExactlyOnceWith({
      environment: "test",
      organisation,
      purpose: "consentRequests",
    });
  });

  it("asks nothing upstream over the limit, and leaves a failure to the panel", async () => {
    vi.mocked(withinLiveCheckLimit).mockResolvedValueOnce(false);
    expect(await checkDelegationsForPage({ userId: "u1", organisation })).toBeNull();
    expect(checkDelegations).not.toHaveBeenCalled();
    vi.mocked(checkDelegations).mockRejectedValueOnce(new Error("database down"));
    expect(await checkDelegationsForPage({ userId: "u1", organisation })).toBeNull();
  });
});
