// PGlite has one session; @electric-sql/pglite-socket shares it between connections through a
// queue that keeps a transaction's messages together but not an extended-protocol exchange
// (Parse, Bind, Execute … Sync). Two connections interleaving those overwrite each other's unnamed
// statement: "unnamed prepared statement does not exist", a wrong statement run with the other's
// parameters, or a queue that stalls (electric-sql/pglite#1046). This replaces the queue's
// scheduler so that a connection keeps the session from its first message to its Sync (or simple
// Query), as well as for a whole transaction. Written against pglite-socket 0.2.17, pinned in
// package.json; tests/integration/embedded-queue.test.ts fails if its internals change.
import type { PGlite } from "@electric-sql/pglite";

type Queued = { handlerId: number; message: Uint8Array; resolve: (n: number) => void; reject: (e: Error) => void; onData: (data: Uint8Array) => void };

type Queue = {
  queue: Queued[];
  processing: boolean;
  db: PGlite;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

const SYNC = 0x53; // 'S': ends an extended-protocol exchange
const QUERY = 0x51; // 'Q': a simple query is a whole exchange
const TERMINATE = 0x58; // 'X'

/** True when the message leaves its connection in the middle of an exchange. */
function opensExchange(message: Uint8Array): boolean {
  const type = message[0];
  // Startup and SSL requests begin with a length whose first byte is 0, not a type letter.
  if (type === 0 || type === SYNC || type === QUERY || type === TERMINATE) return false;
  return true;
}

export function serializeExchanges(queue: unknown): void {
  const q = queue as Queue;
  if (!Array.isArray(q.queue) || typeof q.processQueue !== "function" || typeof q.clearQueueForHandler !== "function") {
    throw new Error("pglite-socket's query queue has changed: review lib/db/embedded-queue.ts");
  }
  let midExchange = false;

  q.processQueue = async function processQueue() {
    if (q.processing) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const owner = midExchange || q.db.isInTransaction() ? q.lastHandlerId : null;
        const index = owner === null ? 0 : q.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: the others wait for it.
        if (index === -1) break;
        const [item] = q.queue.splice(index, 1);
        q.lastHandlerId = item.handlerId;
        midExchange = opensExchange(item.message);
        let written = 0;
        try {
          await q.db.runExclusive(() =>
            q.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                written += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(written);
        } catch (error) {
          midExchange = false;
          item.reject(error as Error);
        }
      }
    } finally {
      q.processing = false;
    }
  };

  // A connection that goes away mid-exchange must not hold the session for ever.
  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (q.lastHandlerId === handlerId && midExchange) {
      midExchange = false;
      void q.processQueue();
    }
  };
}
