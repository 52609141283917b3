/*
 * The data generation: a value that changes whenever any write commits, so a page rendered under
 * one generation is still right while the generation has not moved.
 *
 * It is PostgreSQL's transaction snapshot (`xmin:xmax:in-progress ids`). Every write takes a
 * transaction id, which moves xmax when it starts; until it commits the id is listed as in
 * progress, and committing removes it from that list. So two equal snapshots mean no write
 * committed between them: no table, trigger or script can change what a page shows without
 * changing the generation, whatever code path made the write. Read-only transactions take no
 * id and leave it alone. Writes that do not touch pages (a sign-in attempt, autovacuum's
 * statistics) also move it; they only cost a re-render.
 */
export const GENERATION_SQL = "SELECT pg_current_snapshot()::text AS generation";

export type GenerationReader = () => Promise<string>;

/**
 * Coalesces concurrent reads without ever answering from a read that began before the call: a
 * caller that arrives while a query runs waits for the next one, which every caller arriving
 * meanwhile shares. At most one query runs at a time, however many requests ask.
 */
export function coalescedReader(query: () => Promise<string>): GenerationReader {
  let running: Promise<string> | null = null;
  let next: Promise<string> | null = null;

  const start = (): Promise<string> => {
    const current = query().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };

  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
