import { AsyncLocalStorage } from "node:async_hooks";

// What the server knows about the request being handled: its id (scripts/app-server.ts sets it
// for every request) and, once getSession() has read it, the signed-in user. Kept on globalThis:
// the custom server and the app's bundles are separate module graphs in one process, and both
// must see the same store.
export type RequestContext = { requestId: string; userId?: string };

const KEY = Symbol.for("thi-dua-khoi.request-context");
const slot = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
const storage = (slot[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequest<T>(context: RequestContext, run: () => T): T {
  return storage.run(context, run);
}

/** The request being handled; undefined outside one (start-up, a job, `next dev`). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Called by getSession(): the request's log line names its user. */
export function noteUser(userId: string): void {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
