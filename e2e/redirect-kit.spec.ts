import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/fixtures";

// The integration kit's redirect part: a consumer types its redirect address and sees where Altinn sends the person
// back (Altinn's frontend, ConsentService.GetConsentRequestRedirectUrl), code for its stack, and what its own
// endpoint answers. The endpoint here is a test server on this machine: the e2e stack allows private webhook
// targets (CONSENT_WEBHOOK_ALLOW_PRIVATE_TARGETS in scripts/e2e-server.ts), the setting the live check shares.

const FAILED = "Status=Failed&ErrorMessage=User+did+not+give+consent";

async function startEndpoint() {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const status = new URL(req.url ?? "/", "http://endpoint").searchParams.get("Status");
    res.writeHead(status === "OK" ? 200 : 422, { "content-type": "text/plain" });
    res.end(status ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { base, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

test("a consumer checks a hash-routed and an app address, gets code for each, and checks its endpoint live", async ({
  page,
  member,
}) => {
  const endpoint = await startEndpoint();
  try {
    const { organisation } = await member("EDITOR");
    await page.goto(`/orgs/${organisation.orgNumber}/integration`);
    await page.getByRole("link", { name: /Handle the return from Altinn/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Return from Altinn: redirect and app links");
    const address = page.getByLabel("Your redirectUrl");
    const verdict = page.getByTestId("redirect-verdict");

    // What Altinn refuses is said with its code.
    await address.fill("/consent/done");
    await expect(verdict).toContainText("Altinn refuses this address with AM.VLD-00027");

    // A hash-routed single-page app whose address has a "?" before "#/": Altinn appends "&Status=…" to the fragment.
    await address.fill("https://bank.example/app?request=r-42#/consent");
    await expect(page.getByTestId("return-ok")).toHaveText("https://bank.example/app?request=r-42#/consent&Status=OK");
    await expect(page.getByTestId("return-failed")).toHaveText(
      `https://bank.example/app?request=r-42#/consent&${FAILED}`,
    );
    await expect(page.getByTestId("receives-ok")).toHaveText(
      "Your server receives only https://bank.example/app?request=r-42: Status is after the #, which browsers never send.",
    );
    await expect(page.getByTestId("redirect-state")).toHaveText('Which request came back: your parameter "request".');
    await expect(page.locator("[data-note]")).toHaveText([/^Hash routing/, /has a "\?" before its "#\/"/]);
    await expect(page.getByTestId("redirect-snippet-express")).toContainText("A browser never sends the fragment");
    await page.getByRole("tab", { name: "Browser (fragment)" }).click();
    await expect(page.getByTestId("redirect-snippet-browser")).toContainText('requestId: query.get("request")');
    await expect(page.getByTestId("redirect-snippet-browser")).toContainText("fragment.search(/[?&]/)");

    // A mobile app's own scheme: the app gets the whole address, read in Kotlin and Swift; nothing to check live.
    await address.fill("no.bank.app://consent/done?request=r-42");
    await expect(verdict).toContainText("Altinn accepts this address: it opens your app (scheme no.bank.app).");
    await expect(page.getByTestId("return-ok")).toHaveText("no.bank.app://consent/done?request=r-42&Status=OK");
    await expect(page.getByTestId("return-failed")).toHaveText(`no.bank.app://consent/done?request=r-42&${FAILED}`);
    await expect(page.getByTestId("receives-ok")).toHaveText(
      "Your app receives the whole address; no server is involved.",
    );
    await page.getByRole("tab", { name: "Kotlin (Android)" }).click();
    await expect(page.getByTestId("redirect-snippet-kotlin")).toContainText(
      '<data android:scheme="no.bank.app" android:host="consent" android:path="/done" />',
    );
    await page.getByRole("tab", { name: "Swift (iOS)" }).click();
    await expect(page.getByTestId("redirect-snippet-swift")).toContainText('CFBundleURLSchemes = ["no.bank.app"]');
    await expect(page.getByText("Only an http(s) address can be checked")).toBeVisible();

    // The consumer's own endpoint, with a plain fragment: Status goes into the query, which the server receives.
    const redirectUrl = `${endpoint.base}/consent/done?request=r-42#receipt`;
    await address.fill(redirectUrl);
    await expect(page.getByTestId("return-ok")).toHaveText(
      `${endpoint.base}/consent/done?request=r-42&Status=OK#receipt`,
    );
    await page.getByRole("tab", { name: "TypeScript (Express)" }).click();
    await expect(page.getByTestId("redirect-snippet-express")).toContainText('app.get("/consent/done"');
    await page.getByRole("tab", { name: "C# (ASP.NET Core)" }).click();
    await expect(page.getByTestId("redirect-snippet-aspnet")).toContainText('request.Query["request"]');
    await page.getByRole("button", { name: "Check my endpoint" }).click();
    await expect(page.getByTestId("live-ok")).toHaveAttribute("data-status", "200");
    await expect(page.getByTestId("live-ok")).toContainText("Answered HTTP 200");
    await expect(page.getByTestId("live-failed")).toHaveAttribute("data-status", "422");
    await expect(page.getByTestId("live-failed")).toContainText("Answered HTTP 422");
    expect(endpoint.requests).toEqual([`/consent/done?request=r-42&Status=OK`, `/consent/done?request=r-42&${FAILED}`]);

    // portalViewMode in words: with Show, an answer given in Altinn's own list never comes back here.
    await expect(page.getByTestId("view-mode-show")).toContainText("is not sent to your redirectUrl");
  } finally {
    await endpoint.close();
  }
});

test("a viewer sees the checker but cannot make the portal request their endpoint", async ({ page, member }) => {
  const { organisation } = await member("VIEWER");
  await page.goto(`/orgs/${organisation.orgNumber}/integration/redirect`);
  await page.getByLabel("Your redirectUrl").fill("https://bank.example/consent/done?request=r-1");
  await expect(page.getByTestId("return-ok")).toHaveText("https://bank.example/consent/done?request=r-1&Status=OK");
  await expect(page.getByText("Editors and administrators can check the endpoint.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Check my endpoint" })).toHaveCount(0);
  const refused = await page.request.post(`/orgs/${organisation.orgNumber}/integration/redirect/check`, {
    data: { url: "https://bank.example/consent/done" },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
});
