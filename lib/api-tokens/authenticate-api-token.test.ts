import { beforeAll, describe, expect, it } from "vitest";
import { withRequestLogin } from "@/lib/platform/auth/recent-login";
import { AppError } from "@/lib/platform/errors/app-error";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { tokenInDb } from "./api-token-test-kit";
import { authorizeTokenUse } from "./audit-token-use";
import { authenticateApiToken, type TApiCaller } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { ZCreateApiToken } from "./schemas";
import { hashApiTokenSecret, newApiTokenSecret } from "./token-secret";

// Tokens against the real test database: what is stored, and each reason a token is refused.

const db = testDb();
let admin: { id: string };
let organisation: { id: string; orgNumber: string };
let other: { id: string; orgNumber: string };

beforeAll(async () => {
  admin = await createUser(db, { name: "Token Admin" });
  organisation = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
  other = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
});

/** The AppError a promise is refused with (code and message key). */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, key: (error as AppError).messageKey };
}

const authenticate = (secret: string, orgNumber = organisation.orgNumber) =>
  authenticateApiToken({ db, secret, orgNumber });

describe("token secrets", () => {
  it("are 256 random bits with a visible prefix, and only their SHA-256 is stored", async () => {
    const first = newApiTokenSecret();
    expect(first.secret).toMatch(/^cpt_[A-Za-z0-9_-]{43}$/);
    expect(first.prefix).toBe(first.secret.slice(0, 12));
    expect(first.secretHash).toBe(hashApiTokenSecret(first.secret));
    expect(first.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(newApiTokenSecret().secret).not.toBe(first.secret);

    const input = ZCreateApiToken.parse({
      orgNumber: organisation.orgNumber,
      name: "CI",
      scope: "PLAN",
      environments: ["TEST"],
      lifetimeDays: "30",
    });
    const now = new Date("2026-11-30T12:00:00Z");
    const { token, secret } = await db.$transaction((tx) =>
      createApiToken({ tx, organisationId: organisation.id, createdById: admin.id, role: "ADMIN", input, now }),
    );
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secretHash).toBe(hashApiTokenSecret(secret));
    expect(row.expiresAt?.toISOString()).toBe("2026-12-30T12:00:00.000Z");
  });
});

describe("authenticateApiToken", () => {
  it("finds a token by its secret and acts as its creator in its organisation", async () => {
    const token = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id, scope: "APPLY" });
    const caller = await authenticate(token.secret);
    expect(caller).toMatchObject({ tokenId: token.id, actorId: admin.id, scope: "APPLY", environments: ["TEST"] });
    expect(caller.organisation.orgNumber).toBe(organisation.orgNumber);
  });

  it("refuses an unknown, a revoked and an expired token as unauthenticated", async () => {
    expect(await refusal(authenticate(newApiTokenSecret().secret))).toEqual({
      code: "UNAUTHENTICATED",
      key: "apiTokenInvalid",
    });
    const token = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id });
    await authenticate(token.secret);
    await db.$transaction((tx) =>
      revokeApiToken({ tx, organisationId: organisation.id, tokenId: token.id, revokedById: admin.id }),
    );
    expect(await refusal(authenticate(token.secret))).toEqual({ code: "UNAUTHENTICATED", key: "apiTokenRevoked" });
    const expired = await tokenInDb(db, {
      organisationId: organisation.id,
      createdById: admin.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await refusal(authenticate(expired.secret))).toEqual({ code: "UNAUTHENTICATED", key: "apiTokenExpired" });
  });

  it("refuses revoking twice, and another organisation's token", async () => {
    const token = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id });
    const revoke = (organisationId: string) =>
      db.$transaction((tx) => revokeApiToken({ tx, organisationId, tokenId: token.id, revokedById: admin.id }));
    expect(await refusal(revoke(other.id))).toEqual({ code: "NOT_FOUND", key: "apiTokenNotFound" });
    await revoke(organisation.id);
    expect(await refusal(revoke(organisation.id))).toEqual({ code: "CONFLICT", key: "apiTokenAlreadyRevoked" });
  });

  it("stops working when its creator is no longer an active administrator", async () => {
    const creator = await createUser(db, { name: "Leaving Admin" });
    const membership = await db.membership.create({
      data: { userId: creator.id, organisationId: organisation.id, role: "ADMIN" },
    });
    const token = await tokenInDb(db, { organisationId: organisation.id, createdById: creator.id });
    await authenticate(token.secret);
    await db.membership.update({ where: { id: membership.id }, data: { role: "EDITOR" } });
    expect(await refusal(authenticate(token.secret))).toEqual({
      code: "UNAUTHENTICATED",
      key: "apiTokenCreatorNotAdmin",
    });
    await db.membership.update({ where: { id: membership.id }, data: { role: "ADMIN", active: false } });
    expect((await refusal(authenticate(token.secret))).key).toBe("apiTokenCreatorNotAdmin");
    await db.membership.delete({ where: { id: membership.id } });
    expect((await refusal(authenticate(token.secret))).key).toBe("apiTokenCreatorNotAdmin");
  });

  it("answers another organisation with FORBIDDEN and one that does not exist with NOT_FOUND", async () => {
    const token = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id });
    expect(await refusal(authenticate(token.secret, other.orgNumber))).toEqual({
      code: "FORBIDDEN",
      key: "apiTokenOtherOrganisation",
    });
    expect(await refusal(authenticate(token.secret, "000000000"))).toEqual({
      code: "NOT_FOUND",
      key: "organisationNotFound",
    });
  });
});

describe("authorizeTokenUse", () => {
  const use = (caller: TApiCaller, needed: "PLAN" | "APPLY", environment: "TEST" | "PROD") =>
    authorizeTokenUse({
      db,
      caller,
      needed,
      environment,
      action: "definitions.apply",
      correlationId: crypto.randomUUID(),
    });

  it("lets an apply token plan and apply, and refuses a plan token's apply, audited with the token", async () => {
    const applyToken = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id, scope: "APPLY" });
    const applier = await authenticate(applyToken.secret);
    await use(applier, "PLAN", "TEST");
    await use(applier, "APPLY", "TEST");

    const planToken = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id, scope: "PLAN" });
    const planner = await authenticate(planToken.secret);
    await use(planner, "PLAN", "TEST");
    expect(await refusal(use(planner, "APPLY", "TEST"))).toEqual({ code: "FORBIDDEN", key: "apiTokenScope" });
    const events = await db.auditEvent.findMany({ where: { apiTokenId: planToken.id } });
    expect(events).toMatchObject([
      { action: "api-token.refused", actorId: admin.id, organisationId: organisation.id, targetId: planToken.id },
    ]);
    expect(events[0]?.summary).toContain("Refused definitions.apply in test");
  });

  it("refuses an environment the token was not given", async () => {
    const token = await tokenInDb(db, { organisationId: organisation.id, createdById: admin.id, scope: "APPLY" });
    const caller = await authenticate(token.secret);
    expect(await refusal(use(caller, "PLAN", "PROD"))).toEqual({ code: "FORBIDDEN", key: "apiTokenEnvironment" });
  });
});

describe("createApiToken in production", () => {
  const input = (scope: "PLAN" | "APPLY") =>
    ZCreateApiToken.parse({
      orgNumber: organisation.orgNumber,
      name: "Prod pipeline",
      scope,
      environments: ["TEST", "PROD"],
      lifetimeDays: "none",
    });
  const create = (scope: "PLAN" | "APPLY", role: "ADMIN" | "EDITOR" = "ADMIN") =>
    db.$transaction((tx) =>
      createApiToken({ tx, organisationId: organisation.id, createdById: admin.id, role, input: input(scope) }),
    );

  it("needs an administrator with a recent login for an apply token, not for a plan token", async () => {
    const oldLogin = { authenticatedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) };
    expect(await refusal(withRequestLogin(oldLogin, () => create("APPLY")))).toEqual({
      code: "STEP_UP_REQUIRED",
      key: "stepUpRequired",
    });
    expect(
      (await refusal(withRequestLogin({ authenticatedAt: new Date() }, () => create("APPLY", "EDITOR")))).code,
    ).toBe("FORBIDDEN");
    const created = await withRequestLogin({ authenticatedAt: new Date() }, () => create("APPLY"));
    expect(created.token).toMatchObject({ scope: "APPLY", environments: ["TEST", "PROD"], expiresAt: null });
    expect((await withRequestLogin(oldLogin, () => create("PLAN"))).token.scope).toBe("PLAN");
  });
});
