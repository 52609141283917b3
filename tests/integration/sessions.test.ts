// Sign-ins are server-side sessions (docs/SECURITY.md, "Sessions"). A cookie counts only while its
// session is open, so sign-out, a password change or reset, a lock and a role change end it at once
// (a copy of the cookie with it); its absolute end is fixed at sign-in and nothing extends it; it
// ends after an idle spell; a user lists their sessions and ends the others. Sign-in runs through
// next-auth's own handler; the session is read as every page reads it (lib/auth/session.ts).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { changeOwnPassword, resetPassword, setUserActive, updateUser } from "@/lib/users/service";
import { issueLinksInTx, useSetPasswordLink } from "@/lib/users/accounts/service";
import { SESSION_LIMITS } from "@/lib/auth/session-record";
import { endOtherSessions, endOwnSession, endUserSessions } from "@/lib/sessions/service";
import { openSessions } from "@/lib/sessions/queries";
import { storedActor } from "../support/actors";
import { readSession, signIn, signOut, type Cookie } from "../support/next-auth-calls";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-0123456789abcdef";
  process.env.PEER_HEADER_TRUSTED = "1";
});
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }) }));
const { getSession } = await import("@/lib/auth/session");

const PASSWORD = "MatKhau@2026";
const NEW_PASSWORD = "Sông Hồng đỏ phù sa";
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const MINUTE = 60_000;

/** The session a request with this cookie gets, as a page sees it. */
async function asBrowser(cookie: Cookie | undefined) {
  jar.clear();
  if (cookie) jar.set(cookie.name, cookie.value);
  return getSession();
}

let n = 0;
async function newUser() {
  const username = `phien.${++n}`;
  const user = await db.user.create({ data: { username, name: `Cán bộ ${n}`, role: "UNIT_OFFICER", passwordHash: await hashPassword(PASSWORD) } });
  return { id: user.id, username };
}

/** Signs in from `count` browsers; each cookie works. */
async function browsers(username: string, count: number) {
  const cookies: Cookie[] = [];
  for (let i = 0; i < count; i++) {
    const { session } = await signIn(username, PASSWORD, `10.20.${n}.${i + 1}`, undefined, CHROME);
    expect(await asBrowser(session)).not.toBeNull();
    cookies.push(session!);
  }
  return cookies;
}

let admin: Awaited<ReturnType<typeof storedActor>>;
beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://localhost:3100";
  admin = await storedActor({ userId: "u-admin-phien", username: "admin.phien", role: "ADMIN" });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("ending sessions", () => {
  it("sign-out ends the session on the server: the same cookie, kept by someone, no longer works", async () => {
    const { id, username } = await newUser();
    const [cookie] = await browsers(username, 1);
    await signOut(cookie);
    expect(await asBrowser(cookie)).toBeNull();
    // next-auth's own endpoint neither says "signed in" nor renews the cookie: it clears it.
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const reply = await readSession(cookie);
    expect(reply.body).toEqual({});
    expect(reply.cookie).toBeUndefined();
    expect(warned.mock.calls).toEqual([[expect.stringContaining("an ended session was presented")]]); // one line, no stack trace
    expect(await db.userSession.findMany({ where: { userId: id }, select: { endReason: true } })).toEqual([{ endReason: "signOut" }]);
  });

  it("a password reset by the administrator, or through a set-password link, ends every session", async () => {
    for (const how of ["reset", "link"] as const) {
      const { id, username } = await newUser();
      const cookies = await browsers(username, 2);
      if (how === "reset") await resetPassword(admin, id, NEW_PASSWORD);
      else {
        const { links } = await db.$transaction((tx) => issueLinksInTx(tx, admin, [id]));
        await useSetPasswordLink(new URL(links[0].url).pathname.split("/").pop()!, NEW_PASSWORD);
      }
      for (const c of cookies) expect(await asBrowser(c), how).toBeNull();
    }
  });

  it("changing one's own password ends the other sessions and keeps this one", async () => {
    const { username } = await newUser();
    const [here, elsewhere] = await browsers(username, 2);
    const actor = (await asBrowser(here))!;
    await changeOwnPassword(actor, PASSWORD, NEW_PASSWORD);
    expect(await asBrowser(here)).toMatchObject({ username });
    expect(await asBrowser(elsewhere)).toBeNull();
  });

  it("locking ends every session, and unlocking revives none", async () => {
    const { id, username } = await newUser();
    const [cookie] = await browsers(username, 1);
    await setUserActive(admin, id, false);
    await setUserActive(admin, id, true);
    expect(await asBrowser(cookie)).toBeNull();
    expect((await signIn(username, PASSWORD)).session).toBeDefined(); // signing in again works
  });

  it("a new role, unit or head flag ends the sessions; a new name or e-mail does not", async () => {
    const { id, username } = await newUser();
    const [cookie] = await browsers(username, 1);
    const base = {
      username,
      name: "Cán bộ đổi tên",
      title: null,
      email: "canbo@example.vn",
      role: "UNIT_OFFICER" as const,
      unitId: null,
      isUnitHead: false,
      allBlocs: false,
      blocIds: [],
    };
    await updateUser(admin, id, base);
    expect(await asBrowser(cookie)).toMatchObject({ name: "Cán bộ đổi tên" });
    await updateUser(admin, id, { ...base, role: "COUNCIL" });
    expect(await asBrowser(cookie)).toBeNull();
    expect(await db.userSession.findFirst({ where: { userId: id }, select: { endReason: true } })).toEqual({ endReason: "roleChanged" });
  });
});

describe("lifetime", () => {
  it("ends 8 hours after sign-in even though /api/auth/session hands out a fresh cookie each time", async () => {
    const { username } = await newUser();
    const [cookie] = await browsers(username, 1);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    let current = cookie;
    // Used every 50 minutes all day, never idle; each call renews the cookie.
    for (let at = 50 * MINUTE; at < 8 * 60 * MINUTE; at += 50 * MINUTE) {
      vi.setSystemTime(start + at);
      expect(await asBrowser(current), `${at / MINUTE} min`).not.toBeNull();
      current = (await readSession(current)).cookie ?? current;
    }
    vi.setSystemTime(start + 8 * 60 * MINUTE + MINUTE);
    expect(await asBrowser(current)).toBeNull();
  });

  it(`ends after ${SESSION_LIMITS.idleMs / MINUTE} minutes without a request; any request in time keeps it`, async () => {
    const { username } = await newUser();
    const [kept, idle] = await browsers(username, 2);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start + SESSION_LIMITS.idleMs - 5 * MINUTE);
    expect(await asBrowser(kept)).not.toBeNull();
    vi.setSystemTime(start + SESSION_LIMITS.idleMs + MINUTE);
    expect(await asBrowser(idle)).toBeNull();
    expect(await asBrowser(kept)).not.toBeNull();
    // Idle is over for good: a request later does not bring the session back.
    expect(await asBrowser(idle)).toBeNull();
  });
});

describe("a user's own sessions", () => {
  it("lists them with this one marked, and ends another one or all the others", async () => {
    const { username } = await newUser();
    const [here, second, third] = await browsers(username, 3);
    const actor = (await asBrowser(here))!;
    const list = await openSessions(actor, actor.userId);
    expect(list.map((s) => s.current)).toEqual([false, false, true]); // newest first
    expect(list[0]).toMatchObject({ userAgent: CHROME, address: expect.stringMatching(/^10\.20\./) });

    await expect(endOwnSession(actor, actor.sessionId!)).rejects.toMatchObject({ key: "sessions.errors.current" });
    await endOwnSession(actor, (await asBrowser(second))!.sessionId!);
    expect(await asBrowser(second)).toBeNull();
    expect(await asBrowser(third)).not.toBeNull();
    expect(await endOtherSessions(actor, actor.sessionId!)).toEqual({ ended: 1 });
    expect(await asBrowser(third)).toBeNull();
    expect(await asBrowser(here)).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: actor.userId, action: { startsWith: "session." } } })).toBe(2);
  });

  it("cannot end another person's session: it is answered as one that does not exist", async () => {
    const victim = await newUser();
    const [victimCookie] = await browsers(victim.username, 1);
    const { username } = await newUser();
    const [cookie] = await browsers(username, 1);
    const actor = (await asBrowser(cookie))!;
    const theirs = (await asBrowser(victimCookie))!.sessionId!;
    await expect(endOwnSession(actor, theirs)).rejects.toMatchObject({ key: "sessions.errors.notFound" });
    expect(await asBrowser(victimCookie)).not.toBeNull();
    expect(await openSessions(actor, victim.id)).toEqual([]);
  });

  it("the administrator signs a user out everywhere", async () => {
    const { id, username } = await newUser();
    const cookies = await browsers(username, 2);
    expect(await endUserSessions(admin, id)).toEqual({ ended: 2 });
    for (const c of cookies) expect(await asBrowser(c)).toBeNull();
    expect(await openSessions(admin, id)).toEqual([]);
  });
});
