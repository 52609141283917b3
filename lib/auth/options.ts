import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import { recordSignIn, signInGate } from "@/lib/auth/rate-limit";
import { clientAddressOf, proxyList } from "@/lib/security/client-address";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { isStorableText } from "@/lib/validation/fields";
import { endSignedOutSession, resumeSession, startSession } from "./session-record";

// Text the database cannot keep (a NUL, half a surrogate pair) is in no username: refused here, not by the database.
const credentials = z.object({
  username: z
    .string()
    .transform((v) => v.normalize("NFC").trim().toLowerCase())
    .pipe(z.string().min(1).max(100).refine(isStorableText)),
  password: z.string().min(1).max(200),
});

// Error codes the sign-in page turns into Vietnamese messages.
export const SIGN_IN_ERRORS = { rateLimited: "RATE_LIMITED", databaseDown: "DATABASE_DOWN", invalid: "CredentialsSignin" } as const;

const proxies = proxyList(env.TRUSTED_PROXIES);

async function checkCredentials(username: string, password: string, ip: string, userAgent: string | null) {
  const gate = await signInGate(username, ip);
  // "RATE_LIMITED:<seconds>": the sign-in page says how long to wait.
  if (!gate.open) throw new Error(`${SIGN_IN_ERRORS.rateLimited}:${gate.retryAfterSeconds}`);
  const user = await db.user.findUnique({ where: { username }, select: { id: true, name: true, passwordHash: true, active: true } });
  // An unknown or closed account costs one password check like any other, so timing tells nothing.
  const matches = await verifyPasswordOrDummy(user?.active ? user.passwordHash : null, password);
  const ok = !!user && user.active && matches;
  await recordSignIn(username, ip, ok);
  if (!ok) return null;
  // An account that signed in is never deleted, only deactivated (lib/users/service.ts deleteUser).
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, name: user.name, sid: await startSession(db, user.id, ip, userAgent) };
}

const SESSION_MAX_AGE = env.SESSION_MAX_AGE_HOURS * 3600;

/*
 * Sessions are signed, encrypted JWTs in a cookie naming a server-side session (lib/sessions,
 * docs/SECURITY.md "Sessions"): the cookie counts only while that row is open, so sign-out, a
 * password change, a lock or a role change end it at once, and a copied cookie with it. A sign-in
 * lasts SESSION_MAX_AGE_HOURS (8 by default, a working day) counted from the sign-in, fixed on the
 * row: nothing extends it, not even next-auth's /api/auth/session handing out a fresh cookie. It
 * also ends after SESSION_IDLE_MINUTES without a request. lib/auth/session.ts reloads the user on
 * every request, so a deactivated account or a changed role takes effect at once.
 *
 * Cookie flags are next-auth's: HttpOnly, SameSite=Lax, Path=/, and, when NEXTAUTH_URL starts with
 * https://, Secure with the `__Secure-` name prefix. The flag follows the public address rather than
 * NODE_ENV on purpose: the e2e server runs `next start` on http://localhost, where a Secure cookie
 * would never come back and sign-in would silently fail. Production must set an https NEXTAUTH_URL.
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  // next-auth 4 does not derive the token's own `exp` from session.maxAge (it stays 30 days):
  // without this a copied cookie value would outlive the cookie by weeks.
  jwt: { maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login" },
  // An ended session presented to /api/auth/session is expected (a tab left open after signing
  // out elsewhere), not an error with a stack trace: one line says so.
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === "SESSION_ENDED")
        console.warn("[next-auth] an ended session was presented to /api/auth/session; its cookie was cleared");
      else console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const headers = req?.headers as Record<string, unknown> | undefined;
        const ip = clientAddressOf(headers, proxies);
        const userAgent = typeof headers?.["user-agent"] === "string" ? headers["user-agent"] : null;
        try {
          return await checkCredentials(username, password, ip, userAgent);
        } catch (error) {
          throw isDatabaseUnavailable(error) ? new Error(SIGN_IN_ERRORS.databaseDown) : error;
        }
      },
    }),
  ],
  callbacks: {
    // Called at sign-in (with `user`) and by next-auth's own GET /api/auth/session, which would
    // otherwise answer "signed in" and renew the cookie of an ended session: throwing here makes
    // it answer {} and clear the cookie instead.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sid;
      } else if (!token.sid || !(await resumeSession(db, token.sid))) throw new Error("SESSION_ENDED");
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      return session;
    },
  },
  events: {
    // The cookie is cleared by next-auth; its session ends here, so a copy of the cookie is worthless too.
    async signOut({ token }) {
      if (token?.sid) await endSignedOutSession(token.sid);
    },
  },
};
