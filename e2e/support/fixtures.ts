import { test as base, expect, type BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { testDb } from "../../test/factories";
import { E2E, E2E_PORTAL_URL, e2eDatabaseUrl } from "./e2e-env";

type TSessionPerson = { id: string; pid: string; name: string | null };
export type TLoginAs = (person: TSessionPerson, context?: BrowserContext) => Promise<void>;

/**
 * Specs seed their own organisations and users through the factories and start logged in by
 * carrying a session cookie minted with the portal's secret, naming a server-side session made here
 * as a login makes it (12 hours, as lib/platform/auth/session-policy.ts); only e2e/login.spec.ts clicks
 * through the emulator's ID-porten pages.
 */
export const test = base.extend<{ loginAs: TLoginAs }, { db: PrismaClient }>({
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
});

export { expect };
