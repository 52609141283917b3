import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { chunkStream, hasChunks } from "./database-store";

// Where a file's bytes live (FILE_STORAGE): in the database (./database-store.ts) or in
// DATA_DIR/files under a generated name; nothing the user sends reaches a path.
export const storesInDatabase = () => env.FILE_STORAGE === "database";
const STORED_NAME = /^[a-f0-9]{32}\.[a-z0-9]{1,8}$/;

export function filesDir() {
  return path.resolve(env.DATA_DIR, "files");
}

/** Whether a name in the files folder is one of ours (anything else there is left alone). */
export const isStoredName = (name: string) => STORED_NAME.test(name);

/** A fresh random name with the (allow-listed) extension. */
export function newStoredName(ext: string) {
  if (!/^[a-z0-9]{1,8}$/.test(ext)) throw new Error("unsafe extension");
  return `${randomBytes(16).toString("hex")}.${ext}`;
}

/** The path of a stored file; anything that is not one of our generated names is refused. */
export function storedPath(storedName: string) {
  if (!STORED_NAME.test(storedName)) throw new Error("invalid stored name");
  const dir = filesDir();
  const full = path.resolve(dir, storedName);
  if (path.dirname(full) !== dir) throw new Error("stored name escapes the files folder");
  return full;
}

export async function writeStoredFile(storedName: string, bytes: Uint8Array) {
  await mkdir(filesDir(), { recursive: true });
  // "wx": never overwrite an existing file.
  await writeFile(storedPath(storedName), bytes, { flag: "wx" });
}

export async function deleteStoredFile(storedName: string) {
  await rm(storedPath(storedName), { force: true });
}

/**
 * A stored file's bytes as a stream, or null when it is missing: from the database, else from
 * the folder (where files stored before FILE_STORAGE was "database" stay readable).
 */
export async function readStoredStream(storedName: string): Promise<ReadableStream<Uint8Array> | null> {
  if (storesInDatabase() && (await hasChunks(storedName))) return chunkStream(storedName);
  const file = storedPath(storedName);
  if (!(await stat(file).catch(() => null))?.isFile()) return null;
  return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
}
