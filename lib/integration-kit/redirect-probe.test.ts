import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeRedirectReturns, probeReturnAddress, requestOnce, type TRequestOnce } from "./redirect-probe";

const seen: string[] = [];
const server = createServer((req, res) => {
  seen.push(req.url ?? "");
  const query = new URL(req.url ?? "/", "http://x").searchParams;
  if (req.url?.startsWith("/moved")) res.writeHead(302, { location: "/consent/done?request=r-9&Status=OK" });
  else if (req.url?.startsWith("/loop")) res.writeHead(302, { location: "/loop" });
  else if (req.url?.startsWith("/broken")) res.writeHead(302, { location: "http://[" });
  else res.writeHead(query.get("Status") === "OK" ? 200 : 422);
  res.end("body that is never read");
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the live check of a redirect address", () => {
  it("asks for both returns as a browser would (no fragment) and reports each answer", async () => {
    seen.length = 0;
    const results = await probeRedirectReturns({
      redirectUrl: `${base}/consent/done?request=r-1#top`,
      allowPrivate: true,
    });
    expect(results.map(({ outcome, status, stopped }) => ({ outcome, status, stopped }))).toEqual([
      { outcome: "ok", status: 200, stopped: null },
      { outcome: "failed", status: 422, stopped: null },
    ]);
    expect(seen).toEqual([
      "/consent/done?request=r-1&Status=OK",
      "/consent/done?request=r-1&Status=Failed&ErrorMessage=User+did+not+give+consent",
    ]);
  });

  it("follows a redirect on the same allowed target, and stops a loop", async () => {
    const moved = await probeReturnAddress({ url: `${base}/moved`, allowPrivate: true });
    expect(moved.hops.map((hop) => hop.status)).toEqual([302, 200]);
    expect(moved.status).toBe(200);
    const loop = await probeReturnAddress({ url: `${base}/loop`, allowPrivate: true });
    expect(loop).toMatchObject({ status: null, stopped: "tooManyRedirects" });
    expect(loop.hops).toHaveLength(4);
    // A Location that is no address ends the chain with the redirect's own status.
    expect(await probeReturnAddress({ url: `${base}/broken`, allowPrivate: true })).toMatchObject({
      status: 302,
      stopped: null,
    });
  });

  it("refuses loopback and private targets unless the setting allows them, and never requests them", async () => {
    seen.length = 0;
    const results = await probeRedirectReturns({ redirectUrl: `${base}/consent/done`, allowPrivate: false });
    expect(results.map((result) => result.stopped)).toEqual(["httpsRequired", "httpsRequired"]);
    const named = await probeReturnAddress({
      url: "https://bank.example/done",
      allowPrivate: false,
      lookup: async () => [{ address: "10.1.2.3" }],
    });
    expect(named).toEqual({ hops: [], status: null, stopped: "privateTarget" });
    expect(seen).toEqual([]);
  });

  it("connects to the address it approved, and does not follow a redirect into the internal network", async () => {
    const calls: { url: string; address: string | undefined }[] = [];
    const request: TRequestOnce = async (url, address) => {
      calls.push({ url: url.href, address: address?.address });
      return { status: 302, location: "https://intranet.bank.example/admin" };
    };
    const lookup = async (host: string) => [{ address: host === "bank.example" ? "93.184.216.34" : "192.168.1.10" }];
    const result = await probeReturnAddress({ url: "https://bank.example/done", allowPrivate: false, request, lookup });
    expect(calls).toEqual([{ url: "https://bank.example/done", address: "93.184.216.34" }]);
    expect(result).toMatchObject({ status: null, stopped: "privateTarget" });
    expect(result.hops).toEqual([
      { url: "https://bank.example/done", status: 302, location: "https://intranet.bank.example/admin" },
    ]);
  });

  it("connects to the pinned address without looking the name up again", async () => {
    const port = new URL(base).port;
    const answer = await requestOnce(
      new URL(`http://bank.invalid:${port}/done?Status=OK`),
      { address: "127.0.0.1", family: 4 },
      1_000,
    );
    expect(answer).toEqual({ status: 200, location: null });
  });

  it("reports an endpoint that does not answer in time as unreachable", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/done`;
      const result = await probeReturnAddress({ url, allowPrivate: true, timeoutMs: 200 });
      expect(result).toEqual({ hops: [], status: null, stopped: "unreachable" });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("checks only web addresses Altinn would accept", async () => {
    await expect(probeRedirectReturns({ redirectUrl: "no.bank.app://done", allowPrivate: true })).rejects.toMatchObject(
      {
        code: "VALIDATION",
      },
    );
  });
});
