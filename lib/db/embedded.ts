import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { serializeExchanges } from "./embedded-queue";

// PGlite has no lock of its own: two processes on one folder silently lose writes.
// The owner writes `<dir>.lock` ({pid, url}); every other process connects through
// the owner's socket instead of opening the folder.
export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; dump: () => Promise<Blob> };

// Connections are cheap here (they queue for the one session). Beyond the limit the socket server
// drops new ones outright ("Connection terminated unexpectedly"); 32 leaves room for the app's
// pool (8) and scripts, and for a second server beside it, as the bench starts one to measure
// pages rendered one at a time.
const MAX_CONNECTIONS = 32;

function lockPath(dataDir: string) {
  return `${path.resolve(dataDir)}.lock`;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The socket URL of a live process that owns `dataDir`, if any. */
export async function findRunningEmbedded(dataDir: string): Promise<string | null> {
  try {
    const lock = JSON.parse(await readFile(lockPath(dataDir), "utf8")) as { pid: number; url: string };
    return lock.pid !== process.pid && isAlive(lock.pid) ? lock.url : null;
  } catch {
    return null;
  }
}

export function socketUrl(port: number) {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** Opens (creating if needed) a PGlite folder, or memory when dataDir is null, and serves it on loopback. */
export async function startEmbedded(opts: { dataDir: string | null; port?: number; loadFrom?: Blob }): Promise<EmbeddedDatabase> {
  const dir = opts.dataDir ? path.resolve(opts.dataDir) : null;
  if (dir) {
    const owner = await findRunningEmbedded(dir);
    if (owner) throw new Error(`The embedded database ${dir} is already open by another process (${owner})`);
    await mkdir(path.dirname(dir), { recursive: true });
  }
  const pglite = await PGlite.create(dir ?? undefined, opts.loadFrom ? { loadDataDir: opts.loadFrom } : {});
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: opts.port ?? 0, maxConnections: MAX_CONNECTIONS });
  serializeExchanges((server as unknown as { queryQueue: unknown }).queryQueue);
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  const url = socketUrl(port);
  if (dir) await writeFile(lockPath(dir), JSON.stringify({ pid: process.pid, url }));
  return {
    url,
    // Uncompressed: the tests load the template once per file, and unzipping it cost 0.2 s a load.
    dump: () => pglite.dumpDataDir("none"),
    async stop() {
      await server.stop();
      await pglite.close();
      if (dir) await rm(lockPath(dir), { force: true });
    },
  };
}
