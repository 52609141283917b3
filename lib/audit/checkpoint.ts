import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";

// A checkpoint anchors the audit chain outside the database: "the log had `count` entries and
// the newest was `id` with `hash`", signed with an Ed25519 key the database never sees. Anyone
// able to rewrite the AuditLog table (its owner, a superuser) can recompute every hash after an
// edit, or cut entries off the end, and the chain alone still looks intact; they cannot make the
// entry at position `count` carry the signed hash again. docs/SECURITY.md, "Audit chain anchored
// outside the database".

export type Checkpoint = {
  v: 1;
  /** Entries in the chain when it was taken; the head is the entry at this position (1 = oldest). */
  count: number;
  /** The head's id (as text: a bigint) and hash. */
  id: string;
  hash: string;
  /** When it was taken, ISO 8601 UTC. */
  at: string;
  /** keyIdOf() the signing key's public half. */
  key: string;
  /** Ed25519 signature of signedText(), base64. */
  sig: string;
};

export type Head = { count: number; id: string; hash: string };

/** The exact bytes signed: a JSON array, so fields cannot run into each other; a label so the signature means nothing elsewhere. */
function signedText(c: Omit<Checkpoint, "sig">): string {
  return JSON.stringify(["tdk-audit-checkpoint", c.v, c.count, c.id, c.hash, c.at, c.key]);
}

/** The first 16 hex digits of SHA-256 of the public key (SPKI DER): names the key a checkpoint needs. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
}

export function signCheckpoint(head: Head, privateKey: KeyObject, at = new Date()): Checkpoint {
  const unsigned = { v: 1 as const, count: head.count, id: head.id, hash: head.hash, at: at.toISOString(), key: keyIdOf(createPublicKey(privateKey)) };
  return { ...unsigned, sig: sign(null, Buffer.from(signedText(unsigned), "utf8"), privateKey).toString("base64") };
}

/** One line of a checkpoint file. */
export function checkpointLine(c: Checkpoint): string {
  return JSON.stringify(c);
}

export type LineResult = { checkpoint: Checkpoint; problem: null } | { checkpoint: Checkpoint | null; problem: "unreadable" | "unknownKey" | "badSignature" };

const HASH = /^[0-9a-f]{64}$/;
const ID = /^[1-9][0-9]{0,18}$/;

/** A checkpoint's fields from one line, or null when it is not one; the signature is not checked here. */
export function parseCheckpoint(text: string): Checkpoint | null {
  // Whatever precedes the JSON is ignored, so lines copied from a log ("… [audit-checkpoint] {…}") read too.
  const start = text.indexOf("{");
  if (start < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start));
  } catch {
    return null;
  }
  const c = value as Partial<Checkpoint> | null;
  if (!c || typeof c !== "object" || c.v !== 1) return null;
  const ok =
    Number.isSafeInteger(c.count) &&
    c.count! >= 1 &&
    typeof c.id === "string" &&
    ID.test(c.id) &&
    typeof c.hash === "string" &&
    HASH.test(c.hash) &&
    typeof c.at === "string" &&
    !Number.isNaN(Date.parse(c.at)) &&
    typeof c.key === "string" &&
    typeof c.sig === "string";
  return ok ? { v: 1, count: c.count!, id: c.id!, hash: c.hash!, at: c.at!, key: c.key!, sig: c.sig! } : null;
}

/** Reads one line and checks its signature against the trusted public keys, by key id. */
export function readCheckpointLine(text: string, publicKeys: ReadonlyMap<string, KeyObject>): LineResult {
  const checkpoint = parseCheckpoint(text);
  if (!checkpoint) return { checkpoint: null, problem: "unreadable" };
  const key = publicKeys.get(checkpoint.key);
  if (!key) return { checkpoint, problem: "unknownKey" };
  const { sig, ...unsigned } = checkpoint;
  const good = verify(null, Buffer.from(signedText(unsigned), "utf8"), key, Buffer.from(sig, "base64"));
  return good ? { checkpoint, problem: null } : { checkpoint, problem: "badSignature" };
}
