import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import { recordSignIn, signInGate } from "@/lib/auth/rate-limit";
import { clientAddressOf, proxyList } from "@/lib/security/client-address";
import { isDatabaseUnavailable } from "@/lib/db/errors";

// A NUL cannot be in any username (PostgreSQL text refuses it): refused here, not by the database.
const credentials = z.object({
  username: z
    .string()
    .transform((v) => v.normalize("NFC").trim().toLowerCase())
    .pipe(
      z
        .string()
        .min(1)
        .max(100)
        .refine((v) => !v.includes("\u0000")),
    ),
  password: z.string().min(1).max(200),
});

// Error codes the sign-in page turns into Vietnamese messages.
export const SIGN_IN_ERRORS = { rateLimited: "RATE_LIMITED", databaseDown: "DATABASE_DOWN", invalid: "CredentialsSignin" } as const;

const proxies = proxyList(env.TRUSTED_PROXIES);

async function checkCredentials(username: string, password: string, ip: string) {
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
  return { id: user.id, name: user.name };
}

const SESSION_MAX_AGE = env.SESSION_MAX_AGE_HOURS * 3600;

/*
 * Sessions are signed, encrypted JWTs in a cookie. A sign-in lasts SESSION_MAX_AGE_HOURS (8 by
 * default, a working day) counted from the sign-in: nothing slides it forward, since the app has no
 * client SessionProvider and lib/auth/session.ts only reads the cookie (next-auth 4's `updateAge`
 * applies to database sessions only, so it is not set). The token carries only the
 * user id: lib/auth/session.ts reloads the user on every request, so a deactivated account or a
 * changed role takes effect at once, whatever the token says.
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
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const ip = clientAddressOf(req?.headers as Record<string, unknown> | undefined, proxies);
        try {
          return await checkCredentials(username, password, ip);
        } catch (error) {
          throw isDatabaseUnavailable(error) ? new Error(SIGN_IN_ERRORS.databaseDown) : error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      return session;
    },
  },
};
