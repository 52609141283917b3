import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { isSignInBlocked, recordSignIn } from "@/lib/auth/rate-limit";

const credentials = z.object({ username: z.string().trim().toLowerCase().min(1).max(100), password: z.string().min(1).max(200) });

// Error codes the sign-in page turns into Vietnamese messages.
export const SIGN_IN_ERRORS = { rateLimited: "RATE_LIMITED", invalid: "CredentialsSignin" } as const;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : "";
  return first || (typeof headers?.["x-real-ip"] === "string" ? (headers["x-real-ip"] as string) : "local");
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
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
        if (await isSignInBlocked(username, ip)) throw new Error(SIGN_IN_ERRORS.rateLimited);
        const user = await db.user.findUnique({ where: { username }, select: { id: true, name: true, passwordHash: true, active: true } });
        const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
        await recordSignIn(username, ip, ok);
        return ok ? { id: user.id, name: user.name } : null;
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
