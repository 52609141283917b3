import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { appendFile, mkdir, open, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkpointLine, keyIdOf, parseCheckpoint, type Checkpoint } from "@/lib/audit/checkpoint";

// Where checkpoints and their keys live, outside the database (docs/SECURITY.md):
//   AUDIT_CHECKPOINT_DIR (default DATA_DIR/audit-checkpoints): checkpoints.jsonl, appended to,
//     and <key id>.pub, the public keys that verify it. Copy this folder off the machine.
//   AUDIT_ANCHOR_KEY_FILE (default DATA_DIR/audit-anchor.key): the Ed25519 private key, mode 600,
//     created on first use. Never copied with the checkpoints nor put in a backup.

export const CHECKPOINT_FILE = "checkpoints.jsonl";

type Source = Record<string, string | undefined>;

// turbopackIgnore: these folders are chosen at run time; traced, they would pull the whole project
// into the build's file list.
export function anchorPaths(source: Source = process.env) {
  const dataDir = source.DATA_DIR || "data";
  return {
    checkpointDir: path.resolve(/*turbopackIgnore: true*/ source.AUDIT_CHECKPOINT_DIR || path.join(dataDir, "audit-checkpoints")),
    keyFile: path.resolve(/*turbopackIgnore: true*/ source.AUDIT_ANCHOR_KEY_FILE || path.join(dataDir, "audit-anchor.key")),
  };
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The signing key, created when missing. Two processes starting at once keep the same key: the file is created exclusively. */
export async function loadSigningKey(keyFile: string): Promise<KeyObject> {
  try {
    return createPrivateKey(await readFile(keyFile, "utf8"));
  } catch (error) {
    if (code(error) !== "ENOENT") throw error;
  }
  const { privateKey } = generateKeyPairSync("ed25519");
  await mkdir(path.dirname(keyFile), { recursive: true });
  try {
    await writeFile(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
    return privateKey;
  } catch (error) {
    if (code(error) !== "EEXIST") throw error;
    return createPrivateKey(await readFile(keyFile, "utf8"));
  }
}

/** The last line of the file (a checkpoint line is well under 1 kB), or "" when there is none. */
async function lastLine(file: string): Promise<string> {
  const handle = await open(file, "r").catch((error) => (code(error) === "ENOENT" ? null : Promise.reject(error)));
  if (!handle) return "";
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 4096);
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
    return buffer.toString("utf8").trimEnd().split("\n").at(-1) ?? "";
  } finally {
    await handle.close();
  }
}

/**
 * Appends the checkpoint unless the file's last one already says the same (an idle app would add
 * a line an hour otherwise), and puts its public key beside it. One short write with O_APPEND, so
 * several processes sharing the folder never interleave lines; a repeated count is harmless.
 * Returns whether a line was written.
 */
export async function appendCheckpoint(dir: string, checkpoint: Checkpoint, publicKey: KeyObject, fileName = CHECKPOINT_FILE): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${keyIdOf(publicKey)}.pub`), publicKey.export({ type: "spki", format: "pem" }), { flag: "wx" }).catch((error) => {
    if (code(error) !== "EEXIST") throw error;
  });
  const file = path.join(/*turbopackIgnore: true*/ dir, fileName);
  const last = parseCheckpoint(await lastLine(file));
  if (last && last.count === checkpoint.count && last.hash === checkpoint.hash && last.key === checkpoint.key) return false;
  await appendFile(file, `${checkpointLine(checkpoint)}\n`);
  return true;
}

export type CheckpointSources = {
  lines: { source: string; line: number; text: string }[];
  publicKeys: Map<string, KeyObject>;
};

/**
 * Checkpoint lines from each path (a folder: its *.jsonl files; a file: its lines), each file
 * once, and the public keys (*.pub) in those folders. A path that does not exist adds nothing.
 */
export async function readCheckpointSources(paths: string[]): Promise<CheckpointSources> {
  const out: CheckpointSources = { lines: [], publicKeys: new Map() };
  const dirs = new Set<string>();
  const files = new Set<string>();
  for (const given of paths.map((p) => path.resolve(p))) {
    const info = await stat(given).catch(() => null);
    if (!info) continue;
    const dir = info.isDirectory() ? given : path.dirname(given);
    dirs.add(dir);
    if (!info.isDirectory()) files.add(given);
    else for (const name of (await readdir(dir)).filter((n) => n.endsWith(".jsonl")).sort()) files.add(path.join(dir, name));
  }
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".pub"))) {
      const key = createPublicKey(await readFile(path.join(dir, name), "utf8"));
      if (key.asymmetricKeyType === "ed25519") out.publicKeys.set(keyIdOf(key), key);
    }
  }
  for (const file of files) {
    (await readFile(file, "utf8")).split("\n").forEach((text, i) => {
      if (text.trim()) out.lines.push({ source: file, line: i + 1, text });
    });
  }
  return out;
}
