import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/**
 * Stored for an account that has no password yet (imported, or created to receive a set-password
 * link): it is not an argon2 hash, so no password ever matches it, and it costs nothing to write
 * for thousands of imported accounts.
 */
export const NO_PASSWORD = "!";

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * For sign-in: checks against the stored hash, or, when there is none to check (no such account,
 * a closed one, one with no password yet), against a throwaway hash of a random password, so an
 * unknown username takes as long as a wrong password (a quick answer told which usernames exist).
 */
export async function verifyPasswordOrDummy(stored: string | null, plain: string): Promise<boolean> {
  if (stored?.startsWith("$argon2")) return verifyPassword(stored, plain);
  dummy ??= hashPassword(randomBytes(24).toString("base64url"));
  await verifyPassword(await dummy, plain);
  return false;
}
