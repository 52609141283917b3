import type { JobDefinitions, PayloadOf } from "./define";

/*
 * Recurring work: a job per period ("slot"), enqueued by every runner with the slot in its dedupe
 * key, so however many instances run, each slot has one job and it runs once. A slot's job is due
 * from the slot's start: an app that was down over that moment runs it as soon as it is back.
 * Slots missed entirely while it was down are not run one by one: only the current one is, and its
 * handler does whatever is due by then (a prune deletes everything old enough, a reminder sends
 * every reminder due), so a kind run this way must be written that way.
 */
export type Schedule<K extends string = string> = {
  kind: K;
  everyMs: number;
  /** Where slots start, from 1970-01-01T00:00Z: 0 for every hour on the hour (UTC), see dailyAt(). */
  offsetMs?: number;
};

/** The kinds whose payload is the slot, the only ones that can be scheduled. */
export type SlotKinds<D extends JobDefinitions> = { [K in keyof D]: PayloadOf<D, K> extends { slot: string } ? K : never }[keyof D] & string;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The start of the slot `now` falls in. */
export function slotStart(now: Date, everyMs: number, offsetMs = 0): Date {
  return new Date(Math.floor((now.getTime() - offsetMs) / everyMs) * everyMs + offsetMs);
}

export const scheduleKey = (kind: string, slot: Date) => `schedule:${kind}@${slot.toISOString()}`;

/** Every day at hour:minute in a time zone `utcOffsetMinutes` from UTC (Vietnam: +420, no summer time). */
export function dailyAt(hour: number, minute = 0, utcOffsetMinutes = 420): Pick<Schedule, "everyMs" | "offsetMs"> {
  const offset = (((hour * 60 + minute - utcOffsetMinutes) % 1440) + 1440) % 1440;
  return { everyMs: DAY_MS, offsetMs: offset * 60_000 };
}
