import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/platform/errors/app-error";
import { startTestServer, type TestServer } from "@/lib/platform/upstream/test-support/test-server";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";
import { readRealText } from "@/test/openapi/realdata";
import { clearConsentTemplateCache, loadConsentTemplates } from "./consent-templates-client";
import { fillTemplateText } from "./fill-template-text";
import { getConsentTemplate } from "./get-consent-template";
import { templatesForOwner } from "./templates-for-owner";

// The catalogue as Altinn serves it (the real file from ../shared/realdata, a copy of consent_templates.json), on a
// real HTTP server that can also fail or answer nonsense.

const CATALOGUE = readRealText("consent_templates.authz-test.json");
const PATH = "/altinn-studio-docs/consent_templates.json";
let server: TestServer;
let answer: (res: ServerResponse) => void;
const requestsForCatalogue = () => server.requests.filter((r) => r.url === PATH).length;

beforeAll(async () => {
  server = await startTestServer((request, res) => (request.url === PATH ? answer(res) : res.writeHead(404).end()));
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(server.url, await generateTestClientKey())));
});
afterAll(async () => {
  setUpstreamContext(undefined);
  await server.close();
});
beforeEach(() => {
  clearConsentTemplateCache();
  // GitHub serves the raw file as text/plain, with whatever byte-order mark the file has.
  answer = (res) => res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`\uFEFF${CATALOGUE}`);
});
afterEach(() => vi.useRealTimers());

describe("loadConsentTemplates", () => {
  it("reads every template of Altinn's catalogue with its flags, restrictions and texts", async () => {
    const catalogue = await loadConsentTemplates();
    expect(catalogue?.stale).toBe(false);
    const byId = Object.fromEntries(catalogue?.templates.map((t) => [t.id, t]) ?? []);
    expect(Object.keys(byId).sort()).toEqual([
      "bst_krav",
      "default",
      "poa",
      "samtykkemal_simpleconsent",
      "sblanesoknad",
    ]);
    expect(byId.sblanesoknad).toMatchObject({
      isMessageSetInRequest: false,
      isPoa: false,
      isActive: true,
      restrictedToServiceOwners: ["skd", "ttd"],
    });
    expect(byId.poa).toMatchObject({ isPoa: true, isMessageSetInRequest: true, restrictedToServiceOwners: null });
    // This copy (Altinn's test data) has no templateVersion; the live file says 1.
    expect(byId.default?.version).toBeNull();
    expect(byId.default?.texts.heading.person.en).toBe("{CoveredBy} requests information about you");
    expect(byId.sblanesoknad?.texts.overriddenDelegationContext?.en).toContain("{CoveredBy}");
  });

  it("keeps the catalogue in memory: one fetch for many readers", async () => {
    const before = requestsForCatalogue();
    await Promise.all([loadConsentTemplates(), loadConsentTemplates(), getConsentTemplate("default")]);
    await loadConsentTemplates();
    expect(requestsForCatalogue() - before).toBe(1);
  });

  it("falls back to the last good copy, marked stale, when a refresh fails", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await loadConsentTemplates();
    answer = (res) => res.writeHead(503).end("down");
    vi.setSystemTime(Date.now() + 2 * 60 * 60_000);
    const before = requestsForCatalogue();
    const catalogue = await loadConsentTemplates();
    expect(requestsForCatalogue()).toBeGreaterThan(before);
    expect(catalogue).toMatchObject({ stale: true });
    expect(catalogue?.templates).toHaveLength(5);
    // Nonsense is no better than an outage: the good copy stays.
    answer = (res) => res.writeHead(200, { "content-type": "application/json" }).end('{"templates": "none"}');
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect((await loadConsentTemplates())?.templates).toHaveLength(5);
  });

  it("is null (and getConsentTemplate an upstream error) when the catalogue was never readable", async () => {
    answer = (res) => res.writeHead(500).end();
    expect(await loadConsentTemplates()).toBeNull();
    const attempt = getConsentTemplate("default");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: "UPSTREAM_UNAVAILABLE",
      messageKey: "consentTemplatesUnavailable",
    });
  });

  it("skips an entry it cannot read and keeps the others", async () => {
    const entries = JSON.parse(CATALOGUE) as unknown[];
    answer = (res) => res.writeHead(200).end(JSON.stringify([{ id: "broken" }, ...entries]));
    expect((await loadConsentTemplates())?.templates.map((t) => t.id)).not.toContain("broken");
  });
});

describe("getConsentTemplate", () => {
  it("finds a template ignoring case, as Altinn does, and says whether the request message is used", async () => {
    expect(await getConsentTemplate("SBLANESOKNAD")).toMatchObject({
      id: "sblanesoknad",
      isMessageSetInRequest: false,
    });
    expect(await getConsentTemplate("default")).toMatchObject({ isMessageSetInRequest: true });
    expect(await getConsentTemplate("no-such-template")).toBeNull();
  });
});

describe("templatesForOwner", () => {
  it("offers restricted templates only to the owners named (ignoring case), as Altinn Studio does", async () => {
    const templates = (await loadConsentTemplates())?.templates ?? [];
    expect(
      templatesForOwner(templates, "SKD")
        .map((t) => t.id)
        .sort(),
    ).toEqual(["bst_krav", "default", "poa", "samtykkemal_simpleconsent", "sblanesoknad"]);
    expect(
      templatesForOwner(templates, "stami")
        .map((t) => t.id)
        .sort(),
    ).toEqual(["default", "poa", "samtykkemal_simpleconsent"]);
    expect(templatesForOwner(templates, null).map((t) => t.id)).not.toContain("bst_krav");
    const inactive = templates.map((t) => (t.id === "poa" ? { ...t, isActive: false } : t));
    expect(templatesForOwner(inactive, "skd").map((t) => t.id)).not.toContain("poa");
  });
});

describe("fillTemplateText", () => {
  it("fills Altinn's party placeholders and leaves others alone", () => {
    const values = { CoveredBy: "Banken", OfferedBy: "Kari", HandledBy: "Leverandøren", Expiration: "31.12.2027" };
    expect(
      fillTemplateText("{HandledBy} for {CoveredBy} om {OfferedBy} til {Expiration} ({inntektsaar})", values),
    ).toBe("Leverandøren for Banken om Kari til 31.12.2027 ({inntektsaar})");
  });
});
