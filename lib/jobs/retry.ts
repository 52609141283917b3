// What happens to a job whose run failed: tried again later, each wait twice the last (30 s, 1 min,
// 2 min … at most an hour), until its attempts are spent; then it is given up (DEAD) and stays in
// the list for the administrator. No jitter: the runners poll at their own moments anyway.

export type Backoff = { baseMs: number; maxMs: number };
export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 3_600_000 };

/** The wait before attempt `attempt + 1`, after attempt `attempt` (from 1) failed. */
export function retryDelayMs(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
}

export type AfterFailure = { status: "DEAD" } | { status: "PENDING"; runAt: Date };

export function afterFailure(attempt: number, maxAttempts: number, now: Date, backoff: Backoff = DEFAULT_BACKOFF): AfterFailure {
  if (attempt >= maxAttempts) return { status: "DEAD" };
  return { status: "PENDING", runAt: new Date(now.getTime() + retryDelayMs(attempt, backoff)) };
}
