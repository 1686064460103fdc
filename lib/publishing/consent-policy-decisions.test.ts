import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realConsentPolicy } from "@/emulator/test-support/real-consent-policy";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { addAccessListMembers } from "@/lib/platform/upstream/access-list-members-client";
import { upsertAccessList } from "@/lib/platform/upstream/access-lists-client";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { createResource, putResourcePolicy } from "@/lib/platform/upstream/resource-registry-client";
import { uniqueSuffix } from "@/test/factories";
import { buildConsentPolicy } from "./build-consent-policy";
import { toServiceResource } from "./to-service-resource";

// The portal's generated policy and Altinn's real ones (../shared/realdata/policy.*.xml, from Altinn's PDP test data)
// give the same decisions in the emulator's decision point (emulator/registry/decision-point.ts) for the same
// requests: whoever the real policy lets request or approve a consent, the generated one does too, and vice versa.

const SKD = { orgNumber: "974761076", orgCode: "skd", name: "Skatteetaten" };
const target = { environment: "test" as const, actingFor: SKD.orgNumber };
const MEMBER = "313876144";
const OUTSIDER = "310149942";
const s = uniqueSuffix();
const list = `banker-${s}`;
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;

type TSubject = { orgNumber?: string; partyType: "organization" | "person"; roleCodes?: string[] };
const REQUESTS: { action: string; subject: TSubject }[] = [
  { action: "requestconsent", subject: { orgNumber: MEMBER, partyType: "organization" } },
  { action: "requestconsent", subject: { orgNumber: OUTSIDER, partyType: "organization" } },
  { action: "requestconsent", subject: { partyType: "person" } },
  { action: "consent", subject: { partyType: "person", roleCodes: ["priv"] } },
  { action: "consent", subject: { partyType: "person", roleCodes: ["DAGL"] } },
  { action: "consent", subject: { partyType: "person", roleCodes: ["regna"] } },
  { action: "read", subject: { orgNumber: MEMBER, partyType: "organization" } },
];

async function publish(identifier: string, policy: string) {
  await createResource(
    target,
    toServiceResource(definitionFor({ identifier, scope: "skd:inntekt.read" }), SKD, { version: 1 }),
  );
  await putResourcePolicy(target, identifier, policy);
}

async function decisions(resourceId: string, requests = REQUESTS) {
  const answers: string[] = [];
  for (const request of requests) {
    const answer = (await emulator.control("POST", "/_emulator/decisions", {
      env: "test",
      resourceId,
      ...request,
    })) as { decision: string };
    answers.push(
      `${request.action} ${JSON.stringify(request.subject)}: ${answer.decision === "Permit" ? "Permit" : "not permitted"}`,
    );
  }
  return answers;
}

beforeAll(async () => {
  emulator = await startContractEmulator();
  const listTarget = { ...target, owner: SKD.orgCode };
  await upsertAccessList(listTarget, list, { name: "Banker" });
  await addAccessListMembers(listTarget, list, [MEMBER]);
});

afterAll(async () => {
  await emulator?.close();
});

describe("the generated consent policy decides as Altinn's real policies do", () => {
  it("open to organisations: as Skatteetaten's real policy (partytype organization), for requesters and dagl/priv approvers", async () => {
    const [real, generated] = [`skd-ekte-aapen-${s}`, `skd-laget-aapen-${s}`];
    await publish(real, realConsentPolicy("open", real));
    await publish(
      generated,
      buildConsentPolicy({
        identifier: generated,
        orgCode: SKD.orgCode,
        accessListMode: "Disabled",
        accessListIdentifiers: [],
      }),
    );
    // Who approves is the owner's choice: Skatteetaten's real policy lets persons (`priv`) and accountants' access
    // packages approve but not `dagl`; the portal's default (`dagl`, `priv`) is the one of the other real policy below.
    const comparable = REQUESTS.filter((request) => !request.subject.roleCodes?.includes("DAGL"));
    const expected = await decisions(real, comparable);
    expect(expected.slice(0, 2)).toEqual([expect.stringMatching(/: Permit$/), expect.stringMatching(/: Permit$/)]);
    expect(await decisions(generated, comparable)).toEqual(expected);
  });

  it("restricted to an access list: as the real access-list policy, only the list's member may request", async () => {
    const [real, generated] = [`skd-ekte-liste-${s}`, `skd-laget-liste-${s}`];
    await publish(real, realConsentPolicy("access-list", real, `${SKD.orgCode}:${list}`));
    await publish(
      generated,
      buildConsentPolicy({
        identifier: generated,
        orgCode: SKD.orgCode,
        accessListMode: "Enabled",
        accessListIdentifiers: [list],
      }),
    );
    const expected = await decisions(real);
    expect(expected.slice(0, 2)).toEqual([
      expect.stringMatching(/: Permit$/),
      expect.stringMatching(/: not permitted$/),
    ]);
    expect(await decisions(generated)).toEqual(expected);
  });
});
