/*
 * How many requests of each kind one signed-in user and one client address may make per minute
 * (docs/SECURITY.md, "Throttling and body limits"). The defaults leave room for an office whose
 * staff all reach the server through one address; RATE_LIMITS overrides some of them, e.g.
 * "documents=10/100,anonymous=20", or turns every limit off with "off" (the load test and the
 * benchmarks measure capacity from one address).
 */
export const LIMIT_KINDS = ["actions", "documents", "exports", "imports", "uploads", "anonymous"] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** Requests per one-minute window; "anonymous" (server actions without a session) has only an address limit. */
export type Limit = { perUser: number; perAddress: number };
export type Limits = Record<LimitKind, Limit>;

export const WINDOW_SECONDS = 60;

export const DEFAULT_LIMITS: Limits = {
  // Every server action, counted in memory by each app instance (lib/limits/memory-windows.ts).
  actions: { perUser: 120, perAddress: 1200 },
  // PDF and DOCX documents (app/api/documents).
  documents: { perUser: 20, perAddress: 200 },
  // Workbooks: exports, import templates, criteria sets.
  exports: { perUser: 30, perAddress: 300 },
  // Score, onboarding and criteria imports.
  imports: { perUser: 10, perAddress: 100 },
  // Attachments and evidence.
  uploads: { perUser: 20, perAddress: 200 },
  // Server-action posts without a valid session (only a set-password link needs one).
  anonymous: { perUser: 0, perAddress: 30 },
};

const count = (text: string) => (/^\d{1,7}$/.test(text) ? Number(text) : null);

/** RATE_LIMITS read over the defaults; null for "off"; an Error naming the entry it cannot read. */
export function parseLimits(text: string): Limits | null | Error {
  const trimmed = text.trim();
  if (trimmed === "off") return null;
  const limits: Limits = structuredClone(DEFAULT_LIMITS);
  for (const entry of trimmed.split(",").filter((e) => e.trim())) {
    const [name, value = ""] = entry.split("=").map((p) => p.trim());
    if (!LIMIT_KINDS.includes(name as LimitKind)) return new Error(`unknown kind "${name}"`);
    const kind = name as LimitKind;
    if (kind === "anonymous") {
      const perAddress = count(value);
      if (perAddress === null || perAddress === 0) return new Error(`"${entry}" is not anonymous=<per address>`);
      limits.anonymous = { perUser: 0, perAddress };
      continue;
    }
    const [perUser, perAddress] = value.split("/").map(count);
    if (!perUser || !perAddress) return new Error(`"${entry}" is not ${kind}=<per user>/<per address>`);
    limits[kind] = { perUser, perAddress };
  }
  return limits;
}
