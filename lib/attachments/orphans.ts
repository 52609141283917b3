import { readdir, stat } from "node:fs/promises";
import { db } from "@/lib/db";
import { deleteStoredFile, filesDir, isStoredName, storedPath } from "@/lib/attachments/storage";
import { log } from "@/lib/log/logger";

/*
 * An upload writes its file, then its row (lib/attachments/service.ts), and a delete removes the
 * row, then its file: a crash in between leaves a file that no row names, never a row without its
 * file. Every running app removes such files once at start and then hourly (instrumentation.ts).
 * Only files older than an hour are considered, so an upload whose transaction is still running
 * (or a restore writing files before its rows) is never mistaken for one.
 */
export const ORPHAN_MIN_AGE_MS = 3_600_000;
const SWEEP_EVERY_MS = 3_600_000;
const BATCH = 500;

/** Removes the stored files older than `minAgeMs` that no attachment row names; returns their names. */
export async function sweepOrphanFiles(now = Date.now(), minAgeMs = ORPHAN_MIN_AGE_MS): Promise<string[]> {
  const names = (await readdir(filesDir()).catch(() => [] as string[])).filter(isStoredName);
  const old: string[] = [];
  for (const name of names) {
    const info = await stat(storedPath(name)).catch(() => null);
    if (info?.isFile() && info.mtimeMs < now - minAgeMs) old.push(name);
  }
  const removed: string[] = [];
  for (let i = 0; i < old.length; i += BATCH) {
    const batch = old.slice(i, i + BATCH);
    const kept = new Set((await db.attachment.findMany({ where: { storedName: { in: batch } }, select: { storedName: true } })).map((r) => r.storedName));
    for (const name of batch.filter((n) => !kept.has(n))) {
      await deleteStoredFile(name);
      removed.push(name);
    }
  }
  if (removed.length) log.warn({ scope: "attachments", removed: removed.length }, "removed stored files without a row");
  return removed;
}

/** Sweeps now, then every `everyMs`, without holding the process open; returns what stops it. */
export function startOrphanSweep(everyMs = SWEEP_EVERY_MS) {
  const run = () => void sweepOrphanFiles().catch((error) => log.error({ scope: "attachments", err: error }, "orphan sweep failed"));
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
