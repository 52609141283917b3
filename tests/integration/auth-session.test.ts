import { decode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashPassword, NO_PASSWORD } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { accountDelaySeconds, LIMITS } from "@/lib/auth/rate-limit";
import { loadAppSession } from "@/lib/auth/session-user";
import { setUserActive } from "@/lib/users/service";
import { storedActor } from "../support/actors";
import { readSession as readSessionReply, signIn, type Cookie } from "../support/next-auth-calls";

// Sign-in runs through next-auth's own request handler with the app's options
// (tests/support/next-auth-calls.ts), as the route /api/auth/[...nextauth] runs it.
// lib/auth/session.ts reads the request's cookies through next/headers; here they come from `jar`,
// filled with the cookie next-auth set at sign-in.
const TRUSTED_PROXY = "10.9.0.1";
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-0123456789abcdef";
  process.env.TRUSTED_PROXIES = "10.9.0.1";
  process.env.PEER_HEADER_TRUSTED = "1";
});
const jar = new Map<string, string>();
// The real argon2, with its password checks counted.
const argon2 = vi.hoisted(() => ({ verifications: 0 }));
vi.mock("@node-rs/argon2", async (original) => {
  const real = await original<typeof import("@node-rs/argon2")>();
  return { ...real, verify: (...args: Parameters<typeof real.verify>) => (argon2.verifications++, real.verify(...args)) };
});
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }) }));
const { getSession, requireSession } = await import("@/lib/auth/session");

const PASSWORD = "MatKhau@2026";
const HOURS = 3600 * 1000;
const options = { ...authOptions, secret: process.env.NEXTAUTH_SECRET };
const readSession = async (session: Cookie) => (await readSessionReply(session)).body;

let n = 0;
async function newUser(active = true) {
  const username = `canbo.${++n}`;
  const user = await db.user.create({ data: { username, name: `Cán bộ ${n}`, role: "UNIT_OFFICER", passwordHash: await hashPassword(PASSWORD), active } });
  return { id: user.id, username };
}

/** Moves an account's attempts back in time, as if `seconds` had passed. */
async function ageAttempts(username: string, seconds: number) {
  const attempts = await db.loginAttempt.findMany({ where: { username }, select: { id: true, at: true } });
  for (const a of attempts) await db.loginAttempt.update({ where: { id: a.id }, data: { at: new Date(a.at.getTime() - seconds * 1000) } });
}

beforeAll(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3100";
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  process.env.NEXTAUTH_URL = "http://localhost:3100";
  jar.clear();
});

describe("the last sign-in", () => {
  it("is recorded on success only: an account that never signed in may be deleted (lib/users/service.ts)", async () => {
    const { id, username } = await newUser();
    await signIn(username, "sai-mat-khau", "10.8.0.1");
    expect((await db.user.findUniqueOrThrow({ where: { id } })).lastSignInAt).toBeNull();
    expect((await signIn(username, PASSWORD, "10.8.0.1")).session).toBeDefined();
    expect((await db.user.findUniqueOrThrow({ where: { id } })).lastSignInAt).not.toBeNull();
  });
});

describe("failed sign-ins are limited per account and per address", () => {
  it("makes an account wait after a few failures, from whatever addresses they came, and never locks it", async () => {
    const { username } = await newUser();
    for (let i = 0; i < LIMITS.accountFreeFailures; i++) expect((await signIn(username, `sai-${i}`, `10.1.0.${i + 1}`)).error).toBe("CredentialsSignin");
    const { error } = await signIn(username, PASSWORD, "10.1.0.9");
    expect(error).toMatch(/^RATE_LIMITED:\d+$/);
    expect(Number(error!.split(":")[1])).toBeLessThanOrEqual(LIMITS.accountFirstDelaySeconds);
    // Once the delay has passed, the owner's right password works.
    await ageAttempts(username, LIMITS.accountFirstDelaySeconds + 1);
    expect((await signIn(username, PASSWORD, "10.1.0.9")).session).toBeDefined();
  });

  it("doubles the delay with every further failure, up to its ceiling", () => {
    expect([3, 4, 5, 6].map(accountDelaySeconds)).toEqual([15, 30, 60, 120]);
    expect(accountDelaySeconds(LIMITS.accountFreeFailures - 1)).toBe(0);
    expect(accountDelaySeconds(40)).toBe(LIMITS.accountMaxDelaySeconds);
  });

  it("does not lengthen the delay for tries refused during it", async () => {
    const { username } = await newUser();
    for (let i = 0; i < LIMITS.accountFreeFailures; i++) await signIn(username, `sai-${i}`, "10.2.0.1");
    for (let i = 0; i < 5; i++) expect((await signIn(username, "sai", "10.2.0.1")).error).toMatch(/^RATE_LIMITED:/);
    expect(await db.loginAttempt.count({ where: { username } })).toBe(LIMITS.accountFreeFailures);
  });

  it("counts an account's failures from its last successful sign-in", async () => {
    const { username } = await newUser();
    for (let i = 0; i < LIMITS.accountFreeFailures - 1; i++) await signIn(username, `sai-${i}`, "10.3.0.1");
    expect((await signIn(username, PASSWORD, "10.3.0.1")).session).toBeDefined();
    for (let i = 0; i < LIMITS.accountFreeFailures - 1; i++) await signIn(username, `sai-${i}`, "10.3.0.1");
    expect((await signIn(username, PASSWORD, "10.3.0.1")).session).toBeDefined();
  });

  it(`blocks an address that fails ${LIMITS.perAddress} times across accounts, whatever X-Forwarded-For it forges`, async () => {
    const { username } = await newUser();
    for (let i = 0; i < LIMITS.perAddress; i++) {
      expect((await signIn(`khong.co.${i}`, "x", "10.4.0.1", `203.0.113.${i + 1}`)).error).toBe("CredentialsSignin");
    }
    expect((await signIn(username, PASSWORD, "10.4.0.1", "203.0.113.200")).error).toMatch(/^RATE_LIMITED:/);
    expect((await signIn(username, PASSWORD, "10.4.0.2")).session).toBeDefined();
  });

  it("believes the X-Forwarded-For of a trusted proxy: clients behind it are counted apart", async () => {
    const { username } = await newUser();
    for (let i = 0; i < LIMITS.perAddress; i++) await signIn(`khong.co.proxy.${i}`, "x", TRUSTED_PROXY, "198.51.100.7");
    expect((await signIn(username, PASSWORD, TRUSTED_PROXY, "198.51.100.7")).error).toMatch(/^RATE_LIMITED:/);
    expect((await signIn(username, PASSWORD, TRUSTED_PROXY, "198.51.100.8")).session).toBeDefined();
    expect(await db.loginAttempt.count({ where: { ip: TRUSTED_PROXY } })).toBe(0);
  });

  it("refuses a deactivated account with the right password, and records the attempt", async () => {
    const { username } = await newUser(false);
    expect(await signIn(username, PASSWORD, "10.5.0.1")).toMatchObject({ session: undefined, error: "CredentialsSignin" });
    expect(await db.loginAttempt.findMany({ where: { username }, select: { success: true, ip: true } })).toEqual([{ success: false, ip: "10.5.0.1" }]);
  });

  it("answers a username with a NUL as a wrong password, never with the database's error", async () => {
    expect(await signIn("can\u0000bo", PASSWORD, "10.7.0.1")).toMatchObject({ session: undefined, error: "CredentialsSignin" });
  });

  it("checks a password hash for an unknown, closed or password-less username as for a wrong password, so timing tells nothing", async () => {
    // An answer without a check came back in a fifth of the time of a wrong password.
    const { username } = await newUser();
    const closed = await newUser(false);
    const unset = await db.user.create({ data: { username: `chua.dat.${++n}`, name: "Chưa đặt", role: "UNIT_OFFICER", passwordHash: NO_PASSWORD } });
    for (const [name, i] of [
      [username, 1],
      ["khong.co.ai", 2],
      [closed.username, 3],
      [unset.username, 4],
    ] as const) {
      const before = argon2.verifications;
      expect((await signIn(name, "sai-mat-khau", `10.6.${i}.1`)).error).toBe("CredentialsSignin");
      expect(argon2.verifications - before, name).toBe(1);
    }
  });
});

describe("session cookie and lifetime", () => {
  it("is HttpOnly, SameSite=Lax, not Secure on an http address, and lasts 8 hours", async () => {
    const { username } = await newUser();
    const { session } = await signIn(username, PASSWORD, "10.6.0.1");
    expect(authOptions.session?.maxAge).toBe(8 * 3600);
    expect(session?.name).toBe("next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    const expires = new Date(session!.options.expires!).getTime();
    expect(Math.abs(expires - (Date.now() + 8 * HOURS))).toBeLessThan(60_000);
  });

  it("is Secure with the __Secure- prefix when NEXTAUTH_URL is https", async () => {
    process.env.NEXTAUTH_URL = "https://thidua.hanam.gov.vn";
    const { username } = await newUser();
    const { session } = await signIn(username, PASSWORD, "10.6.0.2");
    expect(session?.name).toBe("__Secure-next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
  });

  it("expires 8 hours after sign-in: cookie and token alike", async () => {
    const { id, username } = await newUser();
    const { session } = await signIn(username, PASSWORD, "10.6.0.3");
    expect((await readSession(session!)).uid).toBe(id);
    const claims = await decode({ token: session!.value, secret: options.secret! });
    expect(Number(claims!.exp) - Number(claims!.iat)).toBe(8 * 3600); // the token itself, not only the cookie
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 8 * HOURS + 60_000);
    vi.spyOn(console, "error").mockImplementation(() => {}); // next-auth logs the expired token
    expect(await readSession(session!)).toEqual({});
  });

  it("gives a session only for an intact, unexpired cookie", async () => {
    const { id, username } = await newUser();
    const { session } = await signIn(username, PASSWORD, "10.6.0.5");
    expect(await getSession()).toBeNull(); // no cookie
    const value = session!.value;
    jar.set(session!.name, `${value.slice(0, -6)}${value.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`);
    expect(await getSession()).toBeNull(); // its authentication tag no longer matches
    jar.set(session!.name, "not-a-token");
    expect(await getSession()).toBeNull();
    jar.set(session!.name, value);
    expect(await getSession()).toMatchObject({ userId: id, username });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 8 * HOURS + 60_000);
    expect(await getSession()).toBeNull();
  });

  it("reads the __Secure- cookie an https address gets", async () => {
    process.env.NEXTAUTH_URL = "https://thidua.hanam.gov.vn";
    const { id, username } = await newUser();
    const { session } = await signIn(username, PASSWORD, "10.6.0.6");
    jar.set(session!.name, session!.value);
    expect(session!.name).toBe("__Secure-next-auth.session-token");
    expect(await getSession()).toMatchObject({ userId: id });
  });

  it("ends a deactivated user's access at once, though the token itself is still valid", async () => {
    const admin = await storedActor({ userId: "u-admin-session", username: "admin.session", role: "ADMIN" });
    const { id, username } = await newUser();
    const { session } = await signIn(username, PASSWORD, "10.6.0.4");
    jar.set(session!.name, session!.value);
    expect(await getSession()).toMatchObject({ userId: id, username });

    await setUserActive(admin, id, false);
    expect(await loadAppSession(db, id)).toBeNull(); // every request reloads the user
    vi.spyOn(console, "warn").mockImplementation(() => {}); // the refused token is noted in one line
    expect(await readSession(session!)).toEqual({}); // and the lock ended the session the JWT names
    expect(await getSession()).toBeNull();
    await expect(requireSession()).rejects.toThrow("NEXT_REDIRECT");

    // Unlocking revives none of the sessions the lock ended (tests/integration/sessions.test.ts).
    await setUserActive(admin, id, true);
    expect(await getSession()).toBeNull();
  });
});
