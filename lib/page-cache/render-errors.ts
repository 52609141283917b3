// Counts the errors Next reports while rendering (instrumentation.ts, onRequestError). A page
// rendered while the count moved may show an error boundary with status 200 (a pool timeout under
// load, say), so the page cache does not keep it. Kept on globalThis: the custom server and the
// app's bundles are separate module graphs in one process.
const KEY = Symbol.for("thi-dua-khoi.render-errors");
const counter = globalThis as unknown as Record<symbol, number | undefined>;

export function noteRenderError(): void {
  counter[KEY] = (counter[KEY] ?? 0) + 1;
}

export function renderErrorCount(): number {
  return counter[KEY] ?? 0;
}
