import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhookSignature } from "../lib/consent-monitor/webhook-signature";
import { uniqueSuffix } from "../test/factories";
import { consentApiReady, PERSON, tryInKit } from "./support/consumer-setup";
import { emulatorControl, emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { publishTestService } from "./support/published-service";

// The consumer's consent monitor: a consent request made in the integration kit and accepted by the person is
// revoked in Altinn (the emulator's control endpoint plays the person's own portal); the monitor learns it from
// Altinn's events feed, shows Revoked in the timeline, notifies the organisation, and the consumer's webhook gets
// exactly one signed delivery for the revocation. The e2e stack runs the feed with no lag (scripts/e2e-server.ts).

type TDelivery = { body: string; headers: IncomingHttpHeaders };

async function startReceiver() {
  const deliveries: TDelivery[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      deliveries.push({ body, headers: req.headers });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}/consent-hook`;
  return { url, deliveries, close: () => new Promise((resolve) => server.close(resolve)) };
}

const parsed = (delivery: TDelivery) => JSON.parse(delivery.body) as Record<string, unknown>;

test("a revoked consent shows in the monitor's timeline, notifies, and reaches the webhook once, signed", async ({
  page,
  db,
  member,
}) => {
  test.setTimeout(180_000);
  const receiver = await startReceiver();
  try {
    const { identifier } = await publishTestService(db, uniqueSuffix());
    const { organisation } = await member("ADMIN");
    const org = organisation.orgNumber;
    await consentApiReady(org);

    // The consumer sets its webhook; the secret is shown once.
    await page.goto(`/orgs/${org}/consents`);
    await page.getByRole("button", { name: "Set an address" }).click();
    await page.getByLabel("Address (https)").fill(receiver.url);
    await page.getByRole("button", { name: "Save and make a new secret" }).click();
    const secret = (await page.getByTestId("webhook-secret").locator("code").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByTestId("webhook-url")).toHaveText(`Deliveries go to ${receiver.url}.`);

    // A consent request from the kit, accepted by the person on Altinn's approval page.
    await tryInKit(page, org, identifier, "2025");
    await expect(page).toHaveURL(/[?&]id=[0-9a-f-]{36}/);
    const requestId = new URL(page.url()).searchParams.get("id")!;
    await expect(page.getByTestId("integration-test-sync")).toHaveAttribute("data-status", "SYNCED", {
      timeout: 30_000,
    });
    await page.getByRole("link", { name: "Open the approval page" }).click();
    await page.getByRole("button", { name: `Log in as Kari Nordmann (${PERSON})` }).click();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("consent-status")).toHaveText("Status in Altinn: Accepted");

    // The person withdraws the consent in Altinn.
    expect(await emulatorControl(`/consent/test/${requestId}/revoke`, "POST")).toMatchObject({ status: "Revoked" });

    // "Check now": the worker reads the consumer's feed, as the consumer.
    await page.goto(`/orgs/${org}/consents`);
    await page.getByRole("button", { name: "Check now (Test)" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The feed is being read." })).toBeVisible();
    const row = page.locator(`[data-testid="tracked-consent"][data-request-id="${requestId}"]`);
    await expect(async () => {
      await page.reload();
      await expect(row).toHaveAttribute("data-status", "revoked", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(row).toContainText(identifier);
    await expect(row).toContainText("Revoked");
    await expect(
      page.locator(`[data-testid="consent-counts"] [data-resource="${identifier}"] [data-status="revoked"]`),
    ).toHaveText("1");

    // Filters: the revoked one is listed under Revoked, not under Accepted.
    await page.goto(`/orgs/${org}/consents?status=accepted`);
    await expect(row).toHaveCount(0);
    await page.goto(`/orgs/${org}/consents?status=revoked&environment=test`);
    await row.getByRole("link", { name: requestId }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Consent request ${requestId}`);
    await expect(page.getByTestId("timeline-entry")).toHaveText([/^Created/, /^Accepted/, /^Revoked/]);
    await expect(page.getByTestId("consent-status")).toHaveText("Revoked");

    // The notification.
    await page.goto(`/orgs/${org}/notifications`);
    await expect(
      page
        .getByTestId("notification")
        .filter({ hasText: `The consent ${requestId} (${identifier}, test) was revoked` }),
    ).toHaveCount(1);

    // The webhook: exactly one signed delivery for the revocation, also after reading the feed again.
    const revocations = () =>
      receiver.deliveries.filter(
        (delivery) => parsed(delivery).consentRequestId === requestId && parsed(delivery).eventType === "revoked",
      );
    await expect.poll(() => revocations().length, { timeout: 30_000 }).toBe(1);
    const lastRead = async () =>
      (
        await db.consentFeedCursor.findFirst({
          where: { organisation: { orgNumber: org }, environment: "TEST" },
          select: { lastReadAt: true },
        })
      )?.lastReadAt?.getTime() ?? 0;
    const readBefore = await lastRead();
    await page.goto(`/orgs/${org}/consents`);
    await page.getByRole("button", { name: "Check now (Test)" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The feed is being read." })).toBeVisible();
    await expect.poll(lastRead, { timeout: 30_000 }).toBeGreaterThan(readBefore);
    await expect.poll(() => receiver.deliveries.length).toBeGreaterThanOrEqual(3); // created, accepted, revoked
    expect(revocations()).toHaveLength(1);
    const [revocation] = revocations();
    expect(parsed(revocation!)).toMatchObject({ type: "consent.event", organisation: org, resource: identifier });
    const signature = revocation!.headers["x-consent-portal-signature"] as string;
    expect(verifyWebhookSignature(secret, revocation!.body, signature)).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", revocation!.body, signature)).toBe(false);

    // The delivery log, and a test event.
    await page.reload();
    await expect(page.getByTestId("webhook-delivery").filter({ hasText: `revoked (${requestId})` })).toHaveAttribute(
      "data-status",
      "DELIVERED",
    );
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.deliveries.filter((d) => parsed(d).type === "consent.test").length).toBe(1);

    // The feed was really read in Altinn (the emulator's request log) and answered: the portal asked as a consumer
    // with the consent-API delegation (a token without it is refused 403).
    const state = (await emulatorState()) as unknown as {
      requests: { method: string; path: string; status: number }[];
    };
    const feedReads = state.requests.filter((entry) => entry.path.includes("/enterprise/consentrequests/events"));
    expect(feedReads.some((entry) => entry.method === "GET" && entry.status === 200)).toBe(true);
  } finally {
    await receiver.close();
  }
});
