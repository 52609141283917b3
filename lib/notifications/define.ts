import type { Tx } from "@/lib/db";

/** The audit entry an event is told from (lib/audit/hooks.ts enqueues its id; the job reads it back). */
export type NotifyEntry = { id: bigint; action: string; entityId: string | null; after: unknown; userId: string | null };

/**
 * One person to tell. An escalation (a reminder to a unit's head) goes by e-mail at once whatever
 * the person chose (preferences.ts).
 */
export type Recipient = { userId: string; escalation?: boolean };

/** What an event tells: the words' parameters, where it leads, and to whom. */
export type Telling = {
  blocYearId: string | null;
  subjectId: string | null;
  /** Already formatted (dates as dd/MM/yyyy HH:mm): the same for the inbox in any language and the e-mail. */
  params: Record<string, string>;
  /** A path of the app. */
  link: string;
  recipients: Recipient[];
  /**
   * What makes two tellings the same event, so each person is told once: by default the audit
   * entry; an event several entries can tell (the last signatures of a pledge, written together)
   * names its own.
   */
  key?: string;
};

/**
 * An event told from an audited change: the audit actions that tell it, and what to tell whom,
 * read when the job runs (null: this change tells nobody, e.g. a signature that did not complete
 * the pledge). A reminder is told by the schedule instead (reminders.ts) and has no definition here.
 */
export type EventDefinition = {
  audit: readonly string[];
  tell: (tx: Tx, entry: NotifyEntry) => Promise<Telling | null>;
};

export const defineEvent = (definition: EventDefinition) => definition;

/** A field of the audit entry's `after`, as stored (JSON: dates are ISO strings). */
export function afterField(entry: NotifyEntry, key: string): unknown {
  const after = entry.after;
  return after && typeof after === "object" ? (after as Record<string, unknown>)[key] : undefined;
}
