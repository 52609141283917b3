// Runs one kind of request from N concurrent clients for a fixed time and summarises it.
import type { Timed } from "./http";
import { summarize, type Summary } from "./stats";

export type Measured = Summary & { name: string; concurrency: number; kB: number; firstError?: string; savesPerSecond?: number };

export async function measure(name: string, concurrency: number, seconds: number, step: (client: number) => Promise<Timed>): Promise<Measured> {
  // Warm-up: each client twice, not counted (first renders load modules and fill caches).
  for (let i = 0; i < 2; i++) await Promise.all(Array.from({ length: concurrency }, (_, c) => step(c)));
  const ms: number[] = [];
  let errors = 0;
  let bytes = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, c) => {
      while (performance.now() < until) {
        const t = await step(c);
        ms.push(t.ms);
        bytes += t.bytes;
        if (!t.ok) {
          errors += 1;
          firstError ??= `HTTP ${t.status} ${t.body?.slice(0, 200) ?? ""}`;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    name,
    concurrency,
    ...summarize(ms, errors, elapsed),
    kB: Math.round(bytes / Math.max(1, ms.length) / 100) / 10,
    ...(firstError ? { firstError } : {}),
  };
}

/** Repeats an in-process task and summarises its durations (for work that is not an HTTP request). */
export async function repeat(name: string, runs: number, task: () => Promise<unknown>): Promise<Measured> {
  await task();
  const ms: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    ms.push(performance.now() - t);
  }
  return { name, concurrency: 1, ...summarize(ms, 0, (performance.now() - started) / 1000), kB: 0 };
}
