import { WINDOW_SECONDS } from "./config";

/**
 * Fixed one-minute windows counted in this process, for what is too frequent to count in the
 * database: every server action (a score save must not pay a write to be allowed). Each app
 * instance counts on its own, so behind N instances a client may make up to N times the limit;
 * what these limits protect is each instance's own CPU, which is counted where it is spent.
 *
 * Windows are aligned to the clock, so one map holds the current window and is dropped when the
 * next begins. Its keys are capped: past `maxKeys` distinct keys in one window (a flood from many
 * addresses), every new key is counted under one shared key, which is then refused as one client.
 */
export class MemoryWindows {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly windowMs = WINDOW_SECONDS * 1000,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one request under every key; the seconds until the window ends if any key is now over its limit, else 0. */
  hit(entries: { key: string; limit: number }[], now = Date.now()): number {
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts = new Map();
    }
    let over = false;
    for (const { key, limit } of entries) {
      const counted = this.counts.has(key) || this.counts.size < this.maxKeys ? key : "(overflow)";
      const count = (this.counts.get(counted) ?? 0) + 1;
      this.counts.set(counted, count);
      if (count > limit) over = true;
    }
    return over ? Math.ceil((start + this.windowMs - now) / 1000) : 0;
  }
}
