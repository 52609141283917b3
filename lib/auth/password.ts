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
