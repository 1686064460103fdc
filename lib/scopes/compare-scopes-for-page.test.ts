import { beforeEach, describe, expect, it, vi } from "vitest";
import { withinLiveCheckLimit } from "@/lib/platform/rate-limit/within-live-check-limit";
import { compareWithMaskinporten } from "./compare-with-maskinporten";
import { compareScopesForPage } from "./compare-scopes-for-page";
import type { TScopeWithSync } from "./list-scopes";

// The scopes page's comparison as the page streams it: one point of the person's live-check limit, never made while
// a change is pending (the page re-renders then), and never a broken page (the list asks its route instead).
vi.mock("./compare-with-maskinporten", () => ({ compareWithMaskinporten: vi.fn() }));
vi.mock("@/lib/platform/rate-limit/within-live-check-limit", () => ({ withinLiveCheckLimit: vi.fn() }));

// The comparison itself is mocked: a scope here needs only its id and its latest change.
const scope = (id: string, status: "PENDING" | "SYNCED" | "FAILED" | null) =>
  ({
    id,
    name: `skd:${id}`,
    sync: status && { changeId: `c-${id}`, kind: "maskinporten.scope.upsert", status, lastError: null, attempts: 1 },
  }) as TScopeWithSync;
const page = (scopes: TScopeWithSync[]) =>
  compareScopesForPage({ userId: "u1", orgNumber: "974761076", environment: "test", scopes });

beforeEach(() => {
  vi.mocked(withinLiveCheckLimit).mockReset().mockResolvedValue(true);
  vi.mocked(compareWithMaskinporten)
    .mockReset()
    .mockImplementation(async ({ scopes }) => Object.fromEntries(scopes.map((s) => [s.id, { state: "same" }])));
});

describe("compareScopesForPage", () => {
  it("compares the settled scopes, counted as one live check of the person's", async () => {
    const scopes = [scope("a", "SYNCED"), scope("b", "FAILED"), scope("c", null)];
    expect(await page(scopes)).toEqual({ a: { state: "same" }, b: { state: "same" }, c: { state: "same" } });
    expect(withinLiveCheckLimit).toHaveBeenCalledExactlyOnceWith("u1");
    expect(compareWithMaskinporten).toHaveBeenCalledExactlyOnceWith({
      environment: "test",
      orgNumber: "974761076",
      scopes,
    });
  });

  it("asks nothing while a change is pending or when there is no scope", async () => {
    expect(await page([scope("a", "SYNCED"), scope("b", "PENDING")])).toBeNull();
    expect(await page([])).toBeNull();
    expect(withinLiveCheckLimit).not.toHaveBeenCalled();
    expect(compareWithMaskinporten).not.toHaveBeenCalled();
  });

  it("asks nothing upstream over the limit, and leaves a failure to the list", async () => {
    vi.mocked(withinLiveCheckLimit).mockResolvedValueOnce(false);
    expect(await page([scope("a", "SYNCED")])).toBeNull();
    expect(compareWithMaskinporten).not.toHaveBeenCalled();
    vi.mocked(compareWithMaskinporten).mockRejectedValueOnce(new Error("database down"));
    expect(await page([scope("a", "SYNCED")])).toBeNull();
  });
});
