import type { Page } from "@playwright/test";
import { createOrganisation, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { E2E, E2E_PORTAL_URL, E2E_SECOND_PORTAL_URL } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { SKD, registryMembers, scopeAccess, seedPublishedResource } from "./support/access-request-journey";

// Issue 12's proof that the portal scales out: the e2e stack runs two portal processes and two workers on one
// database (scripts/e2e-server.ts), as a deployment with two replicas of each (deploy/). The owner's administrator
// approves every request in both portals at the same moment and revokes half of them in the second; every upstream
// change is made exactly once, whichever portal queued it and whichever worker ran it.

const CONSUMERS = 6;

async function submittedRequests(db: Parameters<typeof seedPublishedResource>[0], identifier: string, s: string) {
  const resource = await db.consentResource.findUniqueOrThrow({
    where: { identifier },
    select: { id: true, organisationId: true },
  });
  return Promise.all(
    Array.from({ length: CONSUMERS }, async (_, index) => {
      const consumer = await createOrganisation(db, { name: `Skalabanken ${s} ${index}` });
      const request = await db.accessRequest.create({
        data: {
          consumerOrganisationId: consumer.id,
          ownerOrganisationId: resource.organisationId,
          resourceId: resource.id,
          environment: "TEST",
          message: "Lånesøknader",
          openKey: `${consumer.id}:${resource.id}:TEST`,
          events: { create: { status: "SUBMITTED" } },
        },
        select: { id: true },
      });
      return { requestId: request.id, orgNumber: consumer.orgNumber };
    }),
  );
}

/** The sum of a worker's job outcomes (lib/platform/metrics/record-job-outcome.ts), from its own metrics port. */
async function jobsRunBy(metricsPort: number): Promise<number> {
  const text = await (await fetch(`http://localhost:${metricsPort}/metrics`)).text();
  return [...text.matchAll(/^portal_upstream_job_outcomes_total\{[^}]*\} (\d+)$/gm)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

test("two portals and two workers on one database make every upstream change exactly once", async ({
  browser,
  db,
  loginAs,
}) => {
  test.setTimeout(180_000);
  const s = uniqueSuffix();
  const { scope, identifier, listIdentifier } = await seedPublishedResource(db, s, { accessList: true });
  const requests = await submittedRequests(db, identifier, s);
  const { user: admin } = await serviceOwnerMember(db, { role: "ADMIN", name: "Skalert Admin" });
  const pages: Page[] = await Promise.all(
    [E2E_PORTAL_URL, E2E_SECOND_PORTAL_URL].map(async (baseURL) => {
      const context = await browser.newContext({ locale: "en-GB", baseURL });
      await loginAs(admin, context);
      return context.newPage();
    }),
  );

  // Both portals approve each request at once: one decision stands, the other portal is told it was already made.
  for (const { requestId } of requests) {
    await Promise.all(pages.map((page) => page.goto(`/orgs/${SKD}/approvals/${requestId}`)));
    await Promise.all(pages.map((page) => page.getByRole("button", { name: "Approve" }).click()));
    const outcomes = await Promise.all(
      pages.map(async (page) => {
        const outcome = page.getByTestId("decision-outcome");
        await expect(outcome).not.toBeEmpty();
        return outcome.innerText();
      }),
    );
    expect(outcomes.filter((outcome) => /^Approved\. Access is (being set up|active)\.$/.test(outcome))).toHaveLength(
      1,
    );
  }
  const ids = requests.map((request) => request.requestId);
  const statuses = async () =>
    (await db.accessRequest.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((r) => r.status);
  await expect.poll(statuses, { timeout: 90_000 }).toEqual(ids.map(() => "ACTIVE"));

  // The second portal revokes half; the first half stays granted.
  const [kept, revoked] = [requests.slice(0, CONSUMERS / 2), requests.slice(CONSUMERS / 2)];
  const second = pages[1]!;
  for (const { requestId } of revoked) {
    await second.goto(`/orgs/${SKD}/approvals/${requestId}`);
    await second.getByRole("textbox", { name: "Reason for revoking" }).fill("Avtalen er avsluttet.");
    await second.getByRole("button", { name: "Revoke access" }).click();
    await expect(second.getByTestId("access-request-status")).toHaveText("Revoked");
  }
  const settled = () => db.upstreamChange.count({ where: { status: { not: "SYNCED" }, targetId: { contains: s } } });
  await expect.poll(settled, { timeout: 90_000 }).toBe(0);
  for (const { orgNumber } of revoked) {
    await expect.poll(async () => (await scopeAccess(scope, orgNumber))[0]?.state, { timeout: 60_000 }).toBe("DENIED");
  }
  await expect
    .poll(async () => (await registryMembers(listIdentifier))?.slice().sort(), { timeout: 60_000 })
    .toEqual(kept.map((request) => request.orgNumber).sort());

  // The emulator's request log: per consumer one grant created (201) and never sent again (a repeat answers 200),
  // and for the revoked ones one revocation; one membership added per consumer and one removed per revoked consumer.
  const log = (await emulatorState()).requests.filter((request) => request.env === "test");
  for (const { orgNumber } of requests) {
    const calls = log.filter((request) => request.path.split("?")[0]!.endsWith(`/scopes/access/${orgNumber}`));
    expect(calls.filter((call) => call.method === "PUT").map((call) => call.status)).toEqual([201]);
    const isRevoked = revoked.some((request) => request.orgNumber === orgNumber);
    expect(calls.filter((call) => call.method === "DELETE").map((call) => call.status)).toEqual(isRevoked ? [200] : []);
  }
  const members = log.filter((request) => request.path.endsWith(`/access-lists/skd/${listIdentifier}/members`));
  expect(members.filter((call) => call.method === "POST" && call.status === 200)).toHaveLength(CONSUMERS);
  expect(members.filter((call) => call.method === "DELETE" && call.status === 200)).toHaveLength(revoked.length);

  // Both workers did part of the work (each serves its own metrics).
  const [first, other] = await Promise.all(E2E.workerMetricsPorts.map(jobsRunBy));
  expect(first).toBeGreaterThan(0);
  expect(other).toBeGreaterThan(0);
});
