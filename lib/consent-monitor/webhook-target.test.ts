import { describe, expect, it } from "vitest";
import { checkWebhookTarget, isPrivateAddress } from "./webhook-target";

// The SSRF rule for webhook URLs: https only, and no private target unless the local-testing flag allows it.

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address }));

describe("checkWebhookTarget", () => {
  it("accepts an https URL whose name resolves to public addresses only", async () => {
    const result = await checkWebhookTarget("https://hooks.bank.example/consent", {
      allowPrivate: false,
      lookup: resolvesTo("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
    });
    expect(result.ok).toBe(true);
  });

  it("refuses plain http, credentials and malformed URLs", async () => {
    const options = { allowPrivate: false, lookup: resolvesTo("93.184.216.34") };
    expect(await checkWebhookTarget("http://hooks.bank.example/", options)).toEqual({
      ok: false,
      problem: "webhookHttpsRequired",
    });
    expect(await checkWebhookTarget("https://user:pw@hooks.bank.example/", options)).toMatchObject({ ok: false });
    expect(await checkWebhookTarget("not a url", options)).toEqual({ ok: false, problem: "webhookUrlInvalid" });
  });

  it("refuses a name that resolves to a private address, and private address literals", async () => {
    for (const address of ["10.1.2.3", "127.0.0.1", "169.254.169.254", "192.168.1.1", "172.20.0.5", "100.64.0.1"]) {
      expect(
        await checkWebhookTarget("https://internal.bank.example/", {
          allowPrivate: false,
          lookup: resolvesTo("93.184.216.34", address),
        }),
      ).toEqual({ ok: false, problem: "webhookPrivateTarget" });
    }
    for (const url of ["https://127.0.0.1/", "https://[::1]/", "https://[fd00::1]/", "https://[::ffff:10.0.0.1]/"]) {
      expect(await checkWebhookTarget(url, { allowPrivate: false })).toEqual({
        ok: false,
        problem: "webhookPrivateTarget",
      });
    }
    expect(await checkWebhookTarget("http://localhost:3999/hook", { allowPrivate: false })).toEqual({
      ok: false,
      problem: "webhookHttpsRequired",
    });
  });

  it("allows http://localhost and private targets only with the local-testing flag", async () => {
    expect((await checkWebhookTarget("http://localhost:3999/hook", { allowPrivate: true })).ok).toBe(true);
    expect((await checkWebhookTarget("http://10.0.0.1/hook", { allowPrivate: true })).ok).toBe(false);
    expect((await checkWebhookTarget("https://10.0.0.1/hook", { allowPrivate: true })).ok).toBe(true);
  });
});

describe("isPrivateAddress", () => {
  it("knows the private, loopback, link-local and shared ranges, and public ones", () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("172.32.0.1")).toBe(false);
    expect(isPrivateAddress("172.31.255.255")).toBe(true);
    expect(isPrivateAddress("fe80::1")).toBe(true);
    expect(isPrivateAddress("::ffff:192.168.0.1")).toBe(true);
    expect(isPrivateAddress("not-an-ip")).toBe(true);
  });
});
