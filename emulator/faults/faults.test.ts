import { beforeEach, describe, expect, it } from "vitest";
import { emulatorPerFile, operatorTokenFor } from "../test-support/emulator-per-file";

const SCOPES_PATH = "^/test/maskinporten-admin/api/v1/scopes$";
const emulator = emulatorPerFile();
let token: string;

beforeEach(async () => {
  token = await operatorTokenFor(emulator.url, "974761076", "idporten:scopes.write");
});

const setFaults = (rules: unknown) =>
  fetch(`${emulator.url}/_emulator/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(rules),
  });

function createScope(subscope: string, signal?: AbortSignal) {
  return fetch(`${emulator.url}/test/maskinporten-admin/api/v1/scopes`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ prefix: "skd", subscope, description: "Fault test" }),
    signal,
  });
}

async function scopeStatus(name: string): Promise<number> {
  const response = await fetch(`${emulator.url}/test/maskinporten-admin/api/v1/scopes?scope=${name}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

describe("fault injection", () => {
  it("answers 5xx before handling, so nothing changes", async () => {
    expect((await setFaults([{ path: SCOPES_PATH, method: "POST", status5xxRate: 1 }])).status).toBe(200);
    const response = await createScope("fault.a");
    expect([500, 502, 503]).toContain(response.status);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    expect(await scopeStatus("skd:fault.a")).toBe(404);
  });

  it("answers 412 before handling", async () => {
    await setFaults([{ path: SCOPES_PATH, method: "POST", preconditionFailedRate: 1 }]);
    expect((await createScope("fault.b")).status).toBe(412);
    expect(await scopeStatus("skd:fault.b")).toBe(404);
  });

  it("handles a timed-out request but never answers it", async () => {
    await setFaults([{ path: SCOPES_PATH, method: "POST", timeoutRate: 1, timeoutMs: 300 }]);
    const started = Date.now();
    await expect(createScope("fault.c", AbortSignal.timeout(5_000))).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await scopeStatus("skd:fault.c")).toBe(200);
  });

  it("counts remaining down and then lets requests through", async () => {
    await setFaults([{ path: SCOPES_PATH, method: "POST", status5xxRate: 1, remaining: 2 }]);
    expect((await createScope("fault.d")).status).toBeGreaterThanOrEqual(500);
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([
      expect.objectContaining({ remaining: 1 }),
    ]);
    expect((await createScope("fault.d")).status).toBeGreaterThanOrEqual(500);
    expect((await createScope("fault.d")).status).toBe(201);
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([
      expect.objectContaining({ remaining: 0 }),
    ]);
  });

  it("adds latency and never applies to the control endpoints", async () => {
    await setFaults([{ path: "^/", latencyMs: 200, status5xxRate: 1, method: "GET" }]);
    expect((await fetch(`${emulator.url}/_emulator/health`)).status).toBe(200);
    const started = Date.now();
    expect((await fetch(`${emulator.url}/brreg/enhetsregisteret/api/enheter/313876144`)).status).toBeGreaterThanOrEqual(
      500,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("rejects malformed rules and is cleared by DELETE and by reset", async () => {
    expect((await setFaults([{ path: "(" }])).status).toBe(400);
    expect((await setFaults([{ path: "^/", status5xxRate: 2 }])).status).toBe(400);
    await setFaults([{ path: "^/x" }]);
    await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" });
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([]);
    await setFaults([{ path: "^/x" }]);
    await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" });
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toEqual([]);
  });
});
