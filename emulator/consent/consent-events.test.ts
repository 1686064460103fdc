import { describe, expect, it } from "vitest";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { BrowserSession } from "../test-support/browser-session";
import {
  click,
  CONSENT_SCOPES,
  consentEmulatorPerFile,
  KARI,
  logIn,
  OTHER_BANK,
  startConsentEmulator,
} from "../test-support/consent-request-fixture";
import { guidToDotnetBytes } from "./dotnet-format";

const consent = consentEmulatorPerFile({ EMULATOR_CONSENT_EVENTS_PAGE_SIZE: "2" });

interface Page {
  links: { next: string | null };
  data: { consentRequestId: string; eventType: string; changedDate: string }[];
}

async function feed(query = "", token = consent.bank): Promise<Response> {
  return fetch(`${consent.api}/events${query}`, { headers: altinnHeaders(token) });
}

async function allPages(query = ""): Promise<{ events: Page["data"]; pages: Page[] }> {
  const pages: Page[] = [];
  let next: string | null = `${consent.api}/events${query}`;
  while (next && pages.length < 50) {
    const response: Response = await fetch(next, { headers: altinnHeaders(consent.bank) });
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    pages.push(page);
    next = page.links.next;
  }
  return { events: pages.flatMap((page) => page.data), pages };
}

function control(id: string, action: string) {
  return fetch(`${consent.emulator.url}/_emulator/consent/test/${id}/${action}`, { method: "POST" });
}

async function approve(page: string) {
  const browser = new BrowserSession();
  await logIn(browser, page, KARI);
  expect((await click(browser, page, "Approve")).status).toBe(303);
}

describe("consent events feed and the withdraw control endpoint", () => {
  it("lists the caller's events oldest first, page by page, with a .NET continuation token", async () => {
    const first = await consent.created();
    const second = await consent.created();
    await approve(first.page);
    expect((await control(second.request.id, "revoke")).status).toBe(400); // only an Accepted consent can be revoked
    expect(await (await control(first.request.id, "revoke")).json()).toEqual({
      id: first.request.id,
      status: "Revoked",
    });
    expect((await control(first.request.id, "revoke")).status).toBe(200); // repeating it changes nothing
    expect(await (await control(second.request.id, "delete")).json()).toEqual({
      id: second.request.id,
      status: "Deleted",
    });
    expect((await control("0b9d0c6e-0000-4000-8000-000000000000", "revoke")).status).toBe(404);

    const { events, pages } = await allPages(`?consentRequestId=${first.request.id.toUpperCase()}`);
    expect(events.map((event) => event.eventType)).toEqual(["Created", "Accepted", "Revoked"]);
    expect(events.every((event) => /\+00:00$/.test(event.changedDate))).toBe(true);
    const next = new URL(pages[0]?.links.next ?? "");
    expect(`${next.origin}${next.pathname}`).toBe(`${consent.api}/events`);
    expect(next.searchParams.get("consentRequestId")).toBe(first.request.id);
    const state = (await (await fetch(`${consent.emulator.url}/_emulator/state`)).json()) as {
      "consent.requests": { test: { id: string; events: { consentEventId: string }[] }[] };
    };
    const stored = state["consent.requests"].test.find((request) => request.id === first.request.id);
    expect(next.searchParams.get("continuationToken")).toBe(
      guidToDotnetBytes(stored?.events[1]?.consentEventId ?? "").toString("base64"),
    );
    expect(pages.at(-1)?.links.next).toBeNull();

    const filtered = await allPages("?eventType=accepted&eventType=deleted");
    const mine = filtered.events.filter((event) =>
      ([first.request.id, second.request.id] as string[]).includes(event.consentRequestId),
    );
    expect(mine.map((event) => [event.consentRequestId, event.eventType])).toEqual([
      [first.request.id, "Accepted"],
      [second.request.id, "Deleted"],
    ]);
    expect(filtered.pages[0]?.links.next).toMatch(/eventType=accepted&eventType=deleted$/);
  });

  it("shows only requests addressed to the caller, and honours createdAfter/createdBefore", async () => {
    const { request } = await consent.created();
    const other = await altinnToken(consent.emulator.url, { orgNumber: OTHER_BANK, scopes: CONSENT_SCOPES });
    const theirs = (await (await feed("", other)).json()) as Page;
    expect(theirs.data.some((event) => event.consentRequestId === request.id)).toBe(false);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await (await feed(`?createdAfter=${future}`)).json()).toEqual({ links: { next: null }, data: [] });
    const { events } = await allPages(`?createdBefore=${future}&consentRequestId=${request.id}`);
    expect(events).toHaveLength(1);
  });

  it("answers bad filters with one validation problem, as the controller does", async () => {
    const response = await feed(
      "?createdAfter=2026-02-01T00:00:00Z&createdBefore=2026-01-01T00:00:00Z&eventType=created&continuationToken=abc",
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "STD-00000",
      validationErrors: [
        { code: "AM.VLD-00051", paths: ["$QUERY/createdAfter"] },
        { code: "AM.VLD-00052", paths: ["$QUERY/eventType"] },
        { code: "AM.VLD-00053", paths: ["$QUERY/continuationToken"] },
      ],
    });
    // A token of the wrong length is refused too; a value ASP.NET cannot bind is its own 400.
    expect((await feed(`?continuationToken=${encodeURIComponent(Buffer.alloc(8).toString("base64"))}`)).status).toBe(
      400,
    );
    const unbindable = await feed("?createdAfter=yesterday");
    expect(await unbindable.json()).toMatchObject({
      status: 400,
      errors: { createdAfter: ["The value 'yesterday' is not valid for createdAfter."] },
    });
    // "Accepted" passes the case-insensitive check but is no label of PostgreSQL's enum: Altinn fails with a bare 500.
    const capitalised = await feed("?eventType=Accepted");
    expect(capitalised.status).toBe(500);
    expect(await capitalised.text()).toBe("");
    expect((await fetch(`${consent.api}/events`)).status).toBe(401);
  });
});

describe("consent events feed settings", () => {
  it("hides events younger than the safety lag (default 5 minutes) and refuses a page size outside 1..1000", async () => {
    const lagged = await startConsentEmulator({
      EMULATOR_CONSENT_EVENTS_LAG_MS: "300000",
      EMULATOR_CONSENT_EVENTS_PAGE_SIZE: "1001",
    });
    try {
      const { request } = await lagged.created();
      const headers = altinnHeaders(lagged.bank);
      expect(await (await fetch(`${lagged.api}/${request.id}`, { headers })).json()).toMatchObject({
        consentRequestEvents: [{ eventType: "Created" }],
      });
      const response = await fetch(`${lagged.api}/events`, { headers });
      expect(await response.json()).toMatchObject({
        status: 400,
        validationErrors: [{ code: "AM.VLD-00050", paths: ["pageSize"] }],
      });
    } finally {
      await lagged.emulator.close();
    }
    const defaults = await startConsentEmulator({ EMULATOR_CONSENT_EVENTS_LAG_MS: "" });
    try {
      await defaults.created();
      expect(await (await fetch(`${defaults.api}/events`, { headers: altinnHeaders(defaults.bank) })).json()).toEqual({
        links: { next: null },
        data: [],
      });
    } finally {
      await defaults.emulator.close();
    }
  });
});
