import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { changeMemberRole } from "@/lib/organisations/change-member-role";
import { removeMember } from "@/lib/organisations/remove-member";
import { requireMembership } from "./require-membership";
import { getSessionUser } from "./get-session-user";
import { recordLogin } from "./record-login";
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from "./session-policy";
import { signOut } from "./sign-out";
import { randomNationalIdentityNumber } from "@/test/identifiers";

// The session cookie as a browser (or someone who copied it) sends it: next/headers' cookies() reads this header.
let cookieHeader = "";
vi.mock("next/headers", () => ({ cookies: async () => ({ toString: () => cookieHeader }) }));

const db = testDb();
afterAll(() => db.$disconnect());

const MINUTE = 60 * 1000;
const start = new Date("2026-11-30T08:00:00Z");

/** A login as next-auth makes it (lib/platform/auth/auth-options.ts' jwt callback), and its cookie. */
async function logIn() {
  const pid = randomNationalIdentityNumber();
  const login = await recordLogin({ pid, name: "Kari Nordmann" });
  const token = { sub: login.id, userId: login.id, sessionId: login.sessionId, pid };
  const value = await encode({ token, secret: process.env.NEXTAUTH_SECRET! });
  return { userId: login.id, token, cookie: `next-auth.session-token=${value}` };
}

/** The user the portal sees for a request carrying `cookie`. */
function requestWith(cookie: string) {
  cookieHeader = cookie;
  return getSessionUser();
}

beforeEach(() => {
  // Only Date: the database driver's own timers keep running.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(start);
});
afterEach(() => vi.useRealTimers());

describe("sessions the server can end", () => {
  it("refuses a cookie copied before logout", async () => {
    const login = await logIn();
    expect(await requestWith(login.cookie)).toMatchObject({ id: login.userId });

    await signOut({ token: login.token, everywhere: false });

    expect(await requestWith(login.cookie)).toBeNull();
  });

  it("ends only the session logged out from; sign out everywhere ends them all", async () => {
    const here = await logIn();
    const pid = here.token.pid;
    const again = await recordLogin({ pid, name: "Kari Nordmann" });
    const token = { sub: again.id, userId: again.id, sessionId: again.sessionId, pid };
    const there = `next-auth.session-token=${await encode({ token, secret: process.env.NEXTAUTH_SECRET! })}`;

    await signOut({ token: here.token, everywhere: false });
    expect(await requestWith(there)).toMatchObject({ id: here.userId });

    await signOut({ token, everywhere: true });
    expect(await requestWith(there)).toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { actorId: here.userId, action: "user.sessions.end-all" } });
    expect(audit?.summary).toBe("Signed out everywhere (1 sessions)");
  });

  it("refuses a cookie without a server-side session, as minted before sessions were kept", async () => {
    const user = await createUser(db);
    const value = await encode({ token: { userId: user.id, pid: user.pid }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await requestWith(`next-auth.session-token=${value}`)).toBeNull();
  });

  it("refuses a session id presented with another user's id", async () => {
    const login = await logIn();
    const other = await createUser(db);
    const token = { ...login.token, userId: other.id };
    const value = await encode({ token, secret: process.env.NEXTAUTH_SECRET! });
    expect(await requestWith(`next-auth.session-token=${value}`)).toBeNull();
  });

  it("ends a session idle for 30 minutes", async () => {
    const login = await logIn();
    vi.setSystemTime(start.getTime() + SESSION_IDLE_TIMEOUT_MS - MINUTE);
    expect(await requestWith(login.cookie)).not.toBeNull();

    // The request above counted as activity: another 29 minutes is still within the idle timeout.
    vi.setSystemTime(start.getTime() + 2 * SESSION_IDLE_TIMEOUT_MS - 2 * MINUTE);
    expect(await requestWith(login.cookie)).not.toBeNull();

    vi.setSystemTime(start.getTime() + 3 * SESSION_IDLE_TIMEOUT_MS - MINUTE);
    expect(await requestWith(login.cookie)).toBeNull();
  });

  it("ends a session 12 hours after login however active it is", async () => {
    const login = await logIn();
    for (let at = 20 * MINUTE; at < SESSION_ABSOLUTE_LIFETIME_MS; at += 20 * MINUTE) {
      vi.setSystemTime(start.getTime() + at);
      expect(await requestWith(login.cookie)).not.toBeNull();
    }
    vi.setSystemTime(start.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
    expect(await requestWith(login.cookie)).toBeNull();
  });

  /** An organisation with an admin and a logged-in editor (whose membership the test then changes). */
  async function loggedInEditorBesideAdmin() {
    const admin = await createUser(db);
    const login = await logIn();
    const organisation = await createOrganisation(db, {
      members: [
        { userId: admin.id, role: "ADMIN" },
        { userId: login.userId, role: "EDITOR" },
      ],
    });
    return { login, organisation };
  }

  it("ends the sessions of a member who is removed, so the organisation is closed to them at once", async () => {
    const { login, organisation } = await loggedInEditorBesideAdmin();
    const user = await requestWith(login.cookie);
    expect(user).not.toBeNull();
    await requireMembership({ db, userId: user!.id, orgNumber: organisation.orgNumber });

    const membership = await db.membership.findFirstOrThrow({ where: { userId: login.userId }, select: { id: true } });
    await db.$transaction((tx) => removeMember({ tx, organisationId: organisation.id, membershipId: membership.id }));

    expect(await requestWith(login.cookie)).toBeNull();
  });

  it("ends the sessions of a member whose role is lowered, not of one promoted", async () => {
    const { login, organisation } = await loggedInEditorBesideAdmin();
    const membership = await db.membership.findFirstOrThrow({ where: { userId: login.userId }, select: { id: true } });
    const change = (role: "ADMIN" | "VIEWER") =>
      db.$transaction((tx) =>
        changeMemberRole({ tx, organisationId: organisation.id, membershipId: membership.id, role }),
      );

    await change("ADMIN");
    expect(await requestWith(login.cookie)).not.toBeNull();
    await change("VIEWER");
    expect(await requestWith(login.cookie)).toBeNull();
  });

  it("counts a login from when the person authenticated at the IdP (auth_time), never later than now", async () => {
    const pid = randomNationalIdentityNumber();
    const earlier = new Date(start.getTime() - 40 * MINUTE);
    for (const [authenticatedAt, expected] of [
      [earlier, earlier],
      [new Date(start.getTime() + 5 * MINUTE), start],
      [undefined, start],
    ] as const) {
      const login = await recordLogin({ pid, name: "Kari Nordmann", authenticatedAt });
      const token = { sub: login.id, userId: login.id, sessionId: login.sessionId, pid };
      const cookie = `next-auth.session-token=${await encode({ token, secret: process.env.NEXTAUTH_SECRET! })}`;
      expect(await requestWith(cookie)).toMatchObject({ id: login.id, authenticatedAt: expected });
      // Only the server's row says when: a cookie claiming a later login changes nothing.
      const claimed = { ...token, authenticatedAt: start.getTime() };
      const forged = `next-auth.session-token=${await encode({ token: claimed, secret: process.env.NEXTAUTH_SECRET! })}`;
      expect(await requestWith(forged)).toMatchObject({ authenticatedAt: expected });
    }
  });
});
