import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { PrismaClient, Role } from "../../lib/platform/db/create-prisma-client";
import { createOrganisation, createUser, serviceOwnerMember, testDb } from "../../test/factories";
import { E2E, E2E_PORTAL_URL, e2eDatabaseUrl } from "./e2e-env";

type TSessionPerson = { id: string; pid: string; name: string | null };
type TPerson = Awaited<ReturnType<typeof createUser>>;
export type TLoginAs = (person: TSessionPerson, context?: BrowserContext) => Promise<void>;

type TFixtures = {
  loginAs: TLoginAs;
  /** A new organisation with one new member of `role`, logged in in the test's own browser (`page`). */
  member: (
    role: Role,
    names?: { person?: string; organisation?: string },
  ) => Promise<{ user: TPerson; organisation: Awaited<ReturnType<typeof createOrganisation>> }>;
  /** A new member of Skatteetaten (the seeded service owner, org code `skd`) with `role`, logged in in `page`. */
  serviceOwner: (role: Role, name?: string) => Promise<Awaited<ReturnType<typeof serviceOwnerMember>>>;
  /** A new platform administrator, logged in in `page`, on the platform page `path` with its heading shown. */
  platformPage: (path: string, heading: string, name?: string) => Promise<TPerson>;
  /** Another person in a browser of their own (a new context), logged in there. */
  asOther: (person: TSessionPerson) => Promise<{ context: BrowserContext; page: Page }>;
};

export type TMember = TFixtures["member"];
export type TAsOther = TFixtures["asOther"];

/**
 * Specs seed their own organisations and users through the factories and start logged in by
 * carrying a session cookie minted with the portal's secret, naming a server-side session made here
 * as a login makes it (12 hours, as lib/platform/auth/session-policy.ts); only e2e/login.spec.ts clicks
 * through the emulator's ID-porten pages.
 */
export const test = base.extend<TFixtures, { db: PrismaClient }>({
  db: [
    async ({}, use) => {
      const db = testDb(e2eDatabaseUrl());
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  loginAs: async ({ context, db }, use) => {
    await use(async (person, target = context) => {
      const session = await db.userSession.create({
        data: { userId: person.id, expiresAt: new Date(Date.now() + 12 * 60 * 60 * 1000) },
        select: { id: true },
      });
      const value = await encode({
        token: { sub: person.id, userId: person.id, sessionId: session.id, pid: person.pid, name: person.name },
        secret: E2E.sessionSecret,
      });
      await target.addCookies([
        { name: "next-auth.session-token", value, url: E2E_PORTAL_URL, httpOnly: true, sameSite: "Lax" },
      ]);
    });
  },
  member: async ({ db, loginAs }, use) => {
    await use(async (role, names = {}) => {
      const user = await createUser(db, { name: names.person });
      const organisation = await createOrganisation(db, {
        name: names.organisation,
        members: [{ userId: user.id, role }],
      });
      await loginAs(user);
      return { user, organisation };
    });
  },
  serviceOwner: async ({ db, loginAs }, use) => {
    await use(async (role, name) => {
      const owner = await serviceOwnerMember(db, { role, name });
      await loginAs(owner.user);
      return owner;
    });
  },
  platformPage: async ({ page, db, loginAs }, use) => {
    await use(async (path, heading, name) => {
      const operator = await createUser(db, { name, isPlatformAdmin: true });
      await loginAs(operator);
      await page.goto(path);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      return operator;
    });
  },
  asOther: async ({ browser, loginAs }, use) => {
    await use(async (person) => {
      const context = await browser.newContext({ locale: "en-GB" });
      await loginAs(person, context);
      return { context, page: await context.newPage() };
    });
  },
});

export { expect };
