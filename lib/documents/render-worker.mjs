// The entry of a document render worker (render-pool.ts): tsx's loader is registered in this
// thread first, then the TypeScript renderer is imported. (Node 20 applies `--import tsx` in a
// worker's execArgv only after the worker's own entry file is loaded, too late for a .ts entry.)
import { register } from "tsx/esm/api";

register();
await import("./render-worker.ts");
