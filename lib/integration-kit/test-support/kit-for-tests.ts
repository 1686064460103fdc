import { afterAll, beforeAll } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import type { TEnvironment } from "@/lib/platform/environment";
import { actAs, membersForTests } from "@/test/act-as";
import { createOrganisation, createConsentResource, uniqueSuffix } from "@/test/factories";
import { dateInDays } from "../consent-request-rules";
import { startIntegrationTestAction } from "../integration-actions";
import { CONSENT_SCOPES, startKitEmulator } from "./kit-emulator";

// What the tests of "Try it in test" share: an editor and a viewer of the consumer, an outsider who administers
// `other`, consent resources as the portal records them, and the emulator with one of them in its registry.

export const KARI = "21818297804";

export const actionsFor = (user: TSessionUser) => actAs(user, { start: startIntegrationTestAction });

/** A consent resource owned by `ownerId` and published (or not) as the portal records it. */
async function portalResource(
  db: PrismaClient,
  ownerId: string,
  identifier: string,
  environment: TEnvironment,
  state: "PUBLISHED" | "WITHDRAWN" = "PUBLISHED",
  consentMetadata?: { key: string; optional: boolean }[],
) {
  const content = {
    ...definitionFor({ identifier, scope: "skd:inntekt.read" }),
    ...(consentMetadata ? { consentMetadata } : {}),
  };
  const resource = await createConsentResource(db, { organisationId: ownerId, identifier, content });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment, versionId: resource.versions[0]!.id, state },
  });
}

/** Made before the file's tests (the returned objects are filled in then); the emulator and `db` closed after. */
export function kitForTests(db: PrismaClient) {
  const s = uniqueSuffix();
  const published = `kit-${s}`;
  const { organisation: org, users } = membersForTests(db, {
    editor: { role: "EDITOR", name: "Kit Editor" },
    viewer: { role: "VIEWER", name: "Kit Viewer" },
    outsider: { name: "Kit Outsider" },
  });
  const other = {} as Awaited<ReturnType<typeof createOrganisation>>;
  const emulator = {} as Awaited<ReturnType<typeof startKitEmulator>>;

  beforeAll(async () => {
    Object.assign(other, await createOrganisation(db, { members: [{ userId: users.outsider.id, role: "ADMIN" }] }));
    const owner = await createOrganisation(db);
    await portalResource(db, owner.id, published, "TEST");
    await portalResource(db, owner.id, `kit-prod-${s}`, "PROD");
    await portalResource(db, owner.id, `kit-withdrawn-${s}`, "TEST", "WITHDRAWN");
    await portalResource(db, owner.id, `kit-two-${s}`, "TEST", "PUBLISHED", [
      { key: "inntektsaar", optional: false },
      { key: "formaal", optional: true },
    ]);
    // The emulator: the resource in its registry, the operator's client, and the consumer's grant and delegations.
    Object.assign(emulator, await startKitEmulator({ identifier: published, clientId: `integration-kit-${s}` }));
    await emulator.consumer(org.orgNumber, CONSENT_SCOPES);
    // `other` has Digdir's grant too, but has delegated nothing to the operator.
    await emulator.consumer(other.orgNumber, []);
  });
  afterAll(async () => {
    await emulator.close?.();
    await db.$disconnect();
  });

  const startInput = (orgNumber: string, overrides: Record<string, unknown> = {}) => ({
    orgNumber,
    resourceIdentifier: published,
    partyType: "person",
    party: KARI,
    validTo: dateInDays(30),
    requiredDelegator: "",
    metadata: { inntektsaar: "2029" },
    requestMessage: "Vi ber om samtykke.",
    redirectUrl: "https://bank.example/done",
    portalViewMode: "Hide",
    ...overrides,
  });

  return { s, published, org, other, users, emulator, startInput };
}
