import { createHash, randomBytes } from "node:crypto";

/**
 * How long a set-password link stays usable: three days, so a link handed over on a Friday still
 * works on Monday. A constant rather than a council setting: nobody asked to tune it, and a
 * shorter or longer life is a one-line change here (docs/accounts.md).
 */
export const SET_PASSWORD_LINK_HOURS = 72;

/** The public page that opens a link (app/(auth)/dat-mat-khau/[token]). */
export const SET_PASSWORD_PATH = "/dat-mat-khau";

/** 32 random bytes, base64url: the link's secret. Only its hash is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 is enough here (unlike a password, the token is random and long): a stolen table opens nothing. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The link as handed over. NEXTAUTH_URL is the public address (npm start and npm run dev set it);
 * without it the link is a path, which the browser completes with its own address.
 */
export function setPasswordUrl(token: string): string {
  const origin = (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  return `${origin}${SET_PASSWORD_PATH}/${token}`;
}

// Expired, used, voided, unknown, or for a deactivated account: one answer ("accounts.errors.linkInvalid"),
// so the message tells a stranger holding a guessed or stale link nothing.
export const usableLinkWhere = (now: Date) => ({ usedAt: null, voidedAt: null, expiresAt: { gt: now }, user: { active: true } });
