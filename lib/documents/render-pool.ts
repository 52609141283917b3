import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { DocumentFormat } from "./generate";
import type { OfficialDocument } from "./model";

/*
 * Drawing a PDF takes about 0,2 s of CPU in pdf-lib, in steps of up to 50–150 ms. On the server's
 * one thread every page waits behind those steps at each of its awaits: with six clients asking
 * for PDFs a page took 0,7–1 s whether one, two or six documents were drawn at a time. The drawing
 * therefore runs in worker threads, as many as documents are rendered at once (render-slots.ts),
 * each started once and kept; the page's thread only loads the data and sends the model over.
 *
 * The worker runs the TypeScript source through tsx (a dependency: `npm start` runs the server with
 * it), not a file of Next's build, which bundles server code into chunks a worker cannot load.
 */
const WORKER_FILE = path.join(process.cwd(), "lib", "documents", "render-worker.mjs");
// A render is well under a second; one that takes a minute is stuck, and its worker is ended.
const RENDER_TIMEOUT_MS = 60_000;

type Reply = { bytes?: Uint8Array; error?: string };

const idle: Worker[] = [];

function start(): Worker {
  // Constructed indirectly: Next's bundler follows `new Worker(path)` and would bundle tsx itself.
  const worker = Reflect.construct(Worker, [WORKER_FILE]) as Worker;
  worker.unref(); // an idle worker never keeps a script or a test run alive
  return worker;
}

/** Draws the document in a worker thread; the caller bounds how many run at once (render-slots.ts). */
export function renderInWorker(model: OfficialDocument, format: DocumentFormat): Promise<Uint8Array> {
  const worker = idle.pop() ?? start();
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = (error: Error | null, bytes?: Uint8Array) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onFailure).off("exit", onExit);
      if (error) reject(error);
      else resolve(bytes!);
    };
    const onMessage = (reply: Reply) => {
      idle.push(worker);
      finish(reply.error === undefined ? null : new Error(`document render failed: ${reply.error}`), reply.bytes);
    };
    // A worker that failed or was ended is dropped; the next render starts a new one.
    const onFailure = (error: Error) => finish(error);
    const onExit = (code: number) => finish(new Error(`document render worker exited (${code})`));
    const timer = setTimeout(() => void worker.terminate(), RENDER_TIMEOUT_MS);
    worker.on("message", onMessage).on("error", onFailure).on("exit", onExit);
    worker.postMessage({ model, format });
  });
}
