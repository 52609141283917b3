// The app's job runner, started by instrumentation.ts inside Next's bundle and stopped by the
// production server (scripts/app-server.ts) on SIGTERM: two module graphs in one process, so
// the handle lives on globalThis.
type Stoppable = { stop: (graceMs?: number) => Promise<void> };

const KEY = Symbol.for("thi-dua-khoi.job-runner");
const slot = globalThis as unknown as Record<symbol, Stoppable | undefined>;

export const runningJobRunner = (): Stoppable | undefined => slot[KEY];

export function setRunningJobRunner(runner: Stoppable): void {
  slot[KEY] = runner;
}

/** Lets the jobs running finish (up to `graceMs`) before the process exits. */
export async function stopJobRunner(graceMs = 10_000): Promise<void> {
  await slot[KEY]?.stop(graceMs);
}
