// A throw-away PostgreSQL: in-memory PGlite served on a free loopback port, so the
// engine reaches it through the same pg adapter as a real server (one code path).
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The socket server refuses connections beyond maxConnections; the adapter's pools
// (max 4 each, see adapter.mjs) must fit under it.
const MAX_CONNECTIONS = 8;

/** @returns {Promise<{url: string, stop: () => Promise<void>}>} */
export async function startScratchPglite() {
  const db = await PGlite.create(); // no data dir: lives in memory, gone on stop
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: MAX_CONNECTIONS });
  await server.start(); // port 0: the OS picks a free port
  let stopped = false;
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
