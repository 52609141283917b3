import type { OutgoingHttpHeaders } from "node:http";
import type { PageScope } from "./scope";

export type CachedPage = {
  /** The database's state the page was rendered from (lib/page-cache/generation.ts), moved on as it is found still to hold. */
  generation: string;
  /** Which recorded writes can change it (lib/page-cache/scope.ts). */
  scope: PageScope;
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** Epoch ms after which the entry is not served, whatever the data. */
  expiresAt: number;
  /** Whom it was rendered for, named again in a hit's log line (the key includes the session cookie). */
  userId?: string;
};

/**
 * Rendered pages in memory, least recently used first out, within a byte budget. Memory is the
 * only limit that matters here: entries are dropped when stale rather than swept.
 */
export class PageStore {
  private readonly entries = new Map<string, CachedPage>();
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry, if any and not expired; a read makes it the most recently used. */
  get(key: string, now: number): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) {
      this.used -= entry.body.byteLength;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedPage): void {
    this.delete(key);
    if (entry.body.byteLength > this.maxBytes) return;
    this.entries.set(key, entry);
    this.used += entry.body.byteLength;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= old.body.byteLength;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.body.byteLength;
  }
}
