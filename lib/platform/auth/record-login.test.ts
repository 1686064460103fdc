import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import { startTestServer, type TestServer } from "@/lib/platform/upstream/test-support/test-server";
import { createOrganisation, testDb } from "@/test/factories";
import { randomNationalIdentityNumber, randomOrganisationNumber } from "@/test/identifiers";
import { ZLastAuthorization } from "./last-authorization";
import { recordLogin, type TLoginConfig } from "./record-login";
import { requireMembership } from "./require-membership";

// Rights → memberships at every Ansattporten login (issue 14), on a real database, with Altinn's list of service
// owners served by a real HTTP server. Tokens carry `authorization_details` as Digdir documents them
// (felleslosninger/docs, _docs/ansattporten/ansattporten_rar.md).

const db = testDb();
let orgsList: TestServer;
let listAnswer: () => { status: number; body: string } = () => ({ status: 200, body: "{}" });
const SERVICE_OWNER = randomOrganisationNumber();
const SERVICE_OWNER_CODE = `so${Date.now().toString(36)}`;

beforeAll(async () => {
  orgsList = await startTestServer((_request, res) => {
    const { status, body } = listAnswer();
    res.writeHead(status, { "content-type": "application/json" }).end(body);
  });
  listAnswer = () => ({
    status: 200,
    body: JSON.stringify({
      orgs: {
        [SERVICE_OWNER_CODE]: {
          name: { nb: "Etaten", nn: "Etaten", en: "The Agency" },
          orgnr: SERVICE_OWNER,
          environments: ["tt02"],
        },
        ttd: { name: { nb: "Testdepartementet" }, orgnr: "", logo: null },
      },
    }),
  });
});
afterAll(async () => {
  await orgsList.close();
  await db.$disconnect();
});

const config = (overrides: Partial<TLoginConfig> = {}): TLoginConfig => ({
  LOGIN_PROVIDER: "ansattporten",
  PLATFORM_ADMIN_PIDS: [],
  ALTINN_ORGS_URL: `${orgsList.url}/orgs/altinn-orgs.json`,
  ANSATTPORTEN_RESOURCE_ADMIN: "urn:altinn:resource:consent-portal-admin",
  ANSATTPORTEN_RESOURCE_WRITE: "urn:altinn:resource:consent-portal-write",
  ANSATTPORTEN_RESOURCE_READ: "urn:altinn:resource:consent-portal-read",
  ...overrides,
});

/** `authorization_details` naming, per resource id, the organisations (number → name) the person holds it for. */
function details(rights: Record<string, [string, string][]>) {
  return Object.entries(rights).map(([resource, parties]) => ({
    type: "ansattporten:altinn:resource",
    resource: `urn:altinn:resource:${resource}`,
    resource_name: resource,
    authorized_parties: parties.map(([orgNumber, name]) => ({
      orgno: { authority: "iso6523-actorid-upis", ID: `0192:${orgNumber}` },
      resource,
      name,
      unit_type: "ORGL",
    })),
  }));
}

const logIn = (pid: string, authorizationDetails: unknown, overrides: Partial<TLoginConfig> = {}) =>
  recordLogin({ pid, name: "Ada Altinn", authorizationDetails, config: config(overrides) });

/** A first login by a fresh person holding `resource` for one organisation. */
const newcomer = (resource: string, orgNumber: string, name: string) =>
  logIn(randomNationalIdentityNumber(), details({ [resource]: [[orgNumber, name]] }));

const membershipsOf = (userId: string) =>
  db.membership.findMany({
    where: { userId },
    select: {
      role: true,
      source: true,
      active: true,
      altinnResources: true,
      organisation: { select: { orgNumber: true } },
    },
    orderBy: { organisation: { orgNumber: "asc" } },
  });

describe("recordLogin with Ansattporten", () => {
  it("sets up an organisation at its first admin login, as the service owner Altinn lists", async () => {
    const pid = randomNationalIdentityNumber();
    const login = await logIn(pid, details({ "consent-portal-admin": [[SERVICE_OWNER, "ETATEN"]] }));
    expect(login.representsOrganisation).toBe(true);
    const organisation = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SERVICE_OWNER } });
    expect(organisation).toMatchObject({
      name: "ETATEN",
      orgCode: SERVICE_OWNER_CODE,
      scopePrefix: SERVICE_OWNER_CODE,
    });
    expect(await membershipsOf(login.id)).toEqual([
      {
        role: "ADMIN",
        source: "ALTINN",
        active: true,
        altinnResources: ["consent-portal-admin"],
        organisation: { orgNumber: SERVICE_OWNER },
      },
    ]);
    await expect(
      requireMembership({ db, userId: login.id, orgNumber: SERVICE_OWNER, minimumRole: "ADMIN" }),
    ).resolves.toBeTruthy();
    const events = await db.auditEvent.findMany({ where: { actorId: login.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.action, event.summary])).toEqual([
      [
        "organisation.set-up-at-login",
        `Set up ETATEN (${SERVICE_OWNER}) at the first login of an administrator from Altinn`,
      ],
      ["user.login", "Logged in with Ansattporten for ETATEN as administrator"],
    ]);
    const user = await db.user.findUniqueOrThrow({ where: { id: login.id } });
    expect(ZLastAuthorization.parse(user.lastAuthorization).parties).toEqual([
      {
        orgNumber: SERVICE_OWNER,
        name: "ETATEN",
        resources: ["consent-portal-admin"],
        role: "ADMIN",
        outcome: "member",
      },
    ]);
  });

  it("sets up a data consumer when Altinn does not list it, or the list cannot be read", async () => {
    const consumer = randomOrganisationNumber();
    const first = await newcomer("consent-portal-admin", consumer, "BANKEN");
    expect(first.representsOrganisation).toBe(true);
    expect(await db.organisation.findUniqueOrThrow({ where: { orgNumber: consumer } })).toMatchObject({
      orgCode: null,
      scopePrefix: null,
    });

    const saved = listAnswer;
    listAnswer = () => ({ status: 503, body: "down" });
    try {
      const other = randomOrganisationNumber();
      const login = await newcomer("consent-portal-admin", other, "ANDRE");
      expect(login.representsOrganisation).toBe(true);
      expect(await db.organisation.findUniqueOrThrow({ where: { orgNumber: other } })).toMatchObject({
        name: "ANDRE",
        orgCode: null,
      });
    } finally {
      listAnswer = saved;
    }
  });

  it("sets up nothing for a person with only read or write: the organisation is not set up yet", async () => {
    const orgNumber = randomOrganisationNumber();
    const login = await newcomer("consent-portal-read", orgNumber, "UKJENT");
    expect(login.representsOrganisation).toBe(false);
    expect(await db.organisation.findUnique({ where: { orgNumber } })).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: login.id } });
    expect(ZLastAuthorization.parse(user.lastAuthorization).parties).toEqual([
      { orgNumber, name: "UKJENT", resources: ["consent-portal-read"], role: "VIEWER", outcome: "notSetUp" },
    ]);
  });

  it("re-reads the role at every login, and the picker's choice decides which memberships are active", async () => {
    const pid = randomNationalIdentityNumber();
    const [a, b] = [await createOrganisation(db), await createOrganisation(db)];
    const portalOwned = await createOrganisation(db);
    const first = await logIn(
      pid,
      details({ "consent-portal-admin": [[a.orgNumber, "A"]], "consent-portal-read": [[a.orgNumber, "A"]] }),
    );
    await db.membership.create({ data: { userId: first.id, organisationId: portalOwned.id, role: "EDITOR" } });

    await logIn(pid, details({ "consent-portal-write": [[b.orgNumber, "B"]] }));
    const states = Object.fromEntries(
      (await membershipsOf(first.id)).map((m) => [m.organisation.orgNumber, [m.role, m.source, m.active]]),
    );
    expect(states).toEqual({
      [a.orgNumber]: ["ADMIN", "ALTINN", false],
      [b.orgNumber]: ["EDITOR", "ALTINN", true],
      [portalOwned.orgNumber]: ["EDITOR", "PORTAL", true],
    });
    await expect(requireMembership({ db, userId: first.id, orgNumber: a.orgNumber })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listUserOrganisations({ userId: first.id })).map((o) => o.orgNumber).sort()).toEqual(
      [b.orgNumber, portalOwned.orgNumber].sort(),
    );

    // The admin right was reduced to read in Altinn: the next login for A makes the person a viewer there.
    await logIn(pid, details({ "consent-portal-read": [[a.orgNumber, "A"]] }));
    const forA = (await membershipsOf(first.id)).find((m) => m.organisation.orgNumber === a.orgNumber);
    expect(forA).toMatchObject({ role: "VIEWER", active: true, altinnResources: ["consent-portal-read"] });

    // Every right removed: no Altinn membership is active; the portal's own stays.
    const last = await logIn(pid, [{ type: "ansattporten:altinn:resource" }]);
    expect((await membershipsOf(first.id)).filter((m) => m.active).map((m) => m.source)).toEqual(["PORTAL"]);
    expect(last.representsOrganisation).toBe(true);
    const summary = await db.auditEvent.findFirstOrThrow({
      where: { actorId: first.id, action: "user.login" },
      orderBy: { createdAt: "desc" },
    });
    expect(summary.summary).toBe("Logged in with Ansattporten without representing an organisation in the portal");
  });

  it("sends a person with no right anywhere to the diagnostics, and keeps what the token said", async () => {
    const orgNumber = randomOrganisationNumber();
    const login = await newcomer("someone-elses-resource", orgNumber, "X");
    expect(login.representsOrganisation).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { id: login.id } });
    expect(ZLastAuthorization.parse(user.lastAuthorization)).toMatchObject({
      parties: [{ orgNumber, resources: [], role: null, outcome: "noPortalRight" }],
      unknownResources: ["someone-elses-resource"],
    });
  });

  it("makes platform administrators of the configured persons only, at every login", async () => {
    const pid = randomNationalIdentityNumber();
    const admin = await logIn(pid, undefined, { PLATFORM_ADMIN_PIDS: [pid] });
    expect(admin.representsOrganisation).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { pid } })).isPlatformAdmin).toBe(true);
    await logIn(pid, undefined);
    expect((await db.user.findUniqueOrThrow({ where: { pid } })).isPlatformAdmin).toBe(false);
  });
});

describe("recordLogin with ID-porten", () => {
  it("leaves memberships to the portal and keeps no authorization", async () => {
    const pid = randomNationalIdentityNumber();
    const organisation = await createOrganisation(db);
    const login = await logIn(pid, undefined, { LOGIN_PROVIDER: "idporten" });
    await db.membership.create({ data: { userId: login.id, organisationId: organisation.id, role: "ADMIN" } });
    const again = await logIn(pid, details({ "consent-portal-read": [[organisation.orgNumber, "X"]] }), {
      LOGIN_PROVIDER: "idporten",
    });
    expect(again.representsOrganisation).toBe(true);
    expect(await membershipsOf(login.id)).toMatchObject([{ role: "ADMIN", source: "PORTAL", active: true }]);
    const user = await db.user.findUniqueOrThrow({ where: { pid } });
    expect(user.lastAuthorization).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: login.id, action: "user.login" } });
    expect(event.summary).toBe("Logged in with ID-porten");
  });
});
