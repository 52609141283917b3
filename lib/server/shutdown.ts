import type { Server } from "node:http";

export type Shutdown = {
  /** Stops whatever else the process runs (the job runner); resolves once it has. */
  stopWork: () => Promise<void>;
  /** Closes Next's request handler. */
  closeApp: () => Promise<void>;
  /** How long requests in flight get to finish before the process goes anyway. */
  graceMs: number;
};

/**
 * Stopping without cutting anyone off: the server takes no new connection, idle kept-alive ones
 * are closed, a request in flight is answered (up to `graceMs`), the job runner stops, then Next
 * closes. A proxy in front sends new requests to another instance meanwhile (deploy/nginx).
 */
export async function closeGracefully(server: Server, { stopWork, closeApp, graceMs }: Shutdown): Promise<"drained" | "timed out"> {
  const drained = new Promise<"drained">((resolve) => server.close(() => resolve("drained")));
  // A kept-alive connection whose answer has gone out is idle again and would hold `close` open:
  // such connections are closed as they come, not only those idle at the signal.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timed out">((resolve) => (timer = setTimeout(() => resolve("timed out"), graceMs)));
  const [outcome] = await Promise.all([Promise.race([drained, timedOut]), stopWork()]);
  clearInterval(sweep);
  clearTimeout(timer);
  // Whatever is still open after the grace period is cut, so the process can end.
  if (outcome === "timed out") server.closeAllConnections();
  await closeApp();
  return outcome;
}
