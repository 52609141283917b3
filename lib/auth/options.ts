import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { isSignInBlocked, recordSignIn } from "@/lib/auth/rate-limit";
import { isDatabaseUnavailable } from "@/lib/db/errors";

const credentials = z.object({ username: z.string().trim().toLowerCase().min(1).max(100), password: z.string().min(1).max(200) });

// Error codes the sign-in page turns into Vietnamese messages.
export const SIGN_IN_ERRORS = { rateLimited: "RATE_LIMITED", databaseDown: "DATABASE_DOWN", invalid: "CredentialsSignin" } as const;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : "";
  return first || (typeof headers?.["x-real-ip"] === "string" ? (headers["x-real-ip"] as string) : "local");
}

async function checkCredentials(username: string, password: string, ip: string) {
  if (await isSignInBlocked(username, ip)) throw new Error(SIGN_IN_ERRORS.rateLimited);
  const user = await db.user.findUnique({ where: { username }, select: { id: true, name: true, passwordHash: true, active: true } });
  const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
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
        const ip = clientIp(req?.headers as Record<string, unknown> | undefined);
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
