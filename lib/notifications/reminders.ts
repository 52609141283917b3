import type { Tx } from "@/lib/db";
import { addDays } from "@/lib/format/calendar";
import { daysLeft } from "@/lib/format/days-left";
import { dayOf, formatDateTime, startOfVietnamDay } from "@/lib/format/vi";
import { closesAtFor } from "@/lib/scoring/window";
import { conferenceParams, conferencePath } from "./definitions/conferences";
import { tell } from "./notify";
import { memberUnitIds, membersStaff, unitStaff } from "./recipients";
import { yearFacts, yearParams, yearPath } from "./year";

/*
 * The reminders, told by a daily job (lib/worker/handlers.ts) rather than by a change. Each run tells
 * every reminder due at `now` and keys each by what it is about, so a run again, a second
 * instance or the next day's run adds nothing; a run after downtime tells what is due by then.
 */

/** Days before a unit's close when its people are reminded; its head too from HEAD_FROM_DAYS. */
export const WINDOW_REMINDER_DAYS = [1, 3, 7] as const;
export const HEAD_FROM_DAYS = 3;

/**
 * The reminder due for a close, by calendar days: the nearest threshold reached (after downtime
 * that skipped the 7-day one, the 3-day one is told, not both); none once it has closed.
 */
export function windowReminder(now: Date, closesAt: Date): number | null {
  if (closesAt.getTime() <= now.getTime()) return null;
  const left = daysLeft(closesAt, now);
  return WINDOW_REMINDER_DAYS.find((d) => left <= d) ?? null;
}

/** Units that have not submitted, as their close nears: the officers, and the head as an escalation. */
async function windowReminders(tx: Tx, now: Date): Promise<string[]> {
  const rounds = await tx.scoringRound.findMany({
    where: {
      opensAt: { lte: now },
      blocYear: { status: { not: "CLOSED" } },
      OR: [{ closesAt: { gt: now } }, { extensions: { some: { closesAt: { gt: now } } } }],
    },
    select: { id: true, blocYearId: true, opensAt: true, closesAt: true, extensions: { select: { unitId: true, closesAt: true } } },
  });
  const toSend: string[] = [];
  for (const round of rounds) {
    const year = await yearFacts(tx, round.blocYearId);
    if (!year) continue;
    // A returned sheet has its own deadline, told with the return.
    const done = await tx.scoreSheet.findMany({ where: { blocYearId: year.id, status: { in: ["SUBMITTED", "RETURNED"] } }, select: { unitId: true } });
    const waiting = (await memberUnitIds(tx, year.id)).filter((u) => !done.some((s) => s.unitId === u));
    for (const unitId of waiting) {
      const closesAt = closesAtFor(round, unitId);
      const days = windowReminder(now, closesAt);
      if (days === null) continue;
      const recipients = await unitStaff(tx, [unitId], { heads: days <= HEAD_FROM_DAYS, escalateHeads: true });
      const telling = {
        blocYearId: year.id,
        subjectId: round.id,
        params: { ...yearParams(year), days: String(days), closesAt: formatDateTime(closesAt) },
        link: yearPath(year, `scoring/${unitId}`),
        recipients,
      };
      toSend.push(...(await tell(tx, "window-closing", telling, { key: `window-closing:${round.id}:${unitId}:${closesAt.toISOString()}:${days}`, now })));
    }
  }
  return toSend;
}

/** Conferences on the next calendar day (or still today, after downtime): every member. */
async function conferenceReminders(tx: Tx, now: Date): Promise<string[]> {
  const endOfTomorrow = startOfVietnamDay(addDays(dayOf(now)!, 2));
  const conferences = await tx.conference.findMany({
    where: { date: { gt: now, lt: endOfTomorrow }, blocYear: { status: { not: "CLOSED" } } },
    select: { id: true, blocYearId: true, title: true, date: true, venue: true },
  });
  const toSend: string[] = [];
  for (const c of conferences) {
    const year = await yearFacts(tx, c.blocYearId);
    if (!year) continue;
    const telling = {
      blocYearId: year.id,
      subjectId: c.id,
      params: conferenceParams(year, c),
      link: conferencePath(year, c.id),
      recipients: await membersStaff(tx, year.id),
    };
    toSend.push(...(await tell(tx, "conference-tomorrow", telling, { key: `conference-tomorrow:${c.id}:${c.date.toISOString()}`, now })));
  }
  return toSend;
}

/**
 * Units that have not submitted their registration as its deadline nears (lib/registrations), on
 * the scoring window's days: the officers, and the head, who approves it, from HEAD_FROM_DAYS.
 */
async function registrationReminders(tx: Tx, now: Date): Promise<string[]> {
  const years = await tx.blocYear.findMany({
    where: { registrationDueAt: { gt: now }, status: { not: "CLOSED" } },
    select: { id: true, registrationDueAt: true, registrations: { where: { status: "SUBMITTED" }, select: { unitId: true } } },
  });
  const toSend: string[] = [];
  for (const y of years) {
    const dueAt = y.registrationDueAt!;
    const days = windowReminder(now, dueAt);
    const year = days === null ? null : await yearFacts(tx, y.id);
    if (days === null || !year) continue;
    const waiting = (await memberUnitIds(tx, year.id)).filter((u) => !y.registrations.some((r) => r.unitId === u));
    for (const unitId of waiting) {
      const telling = {
        blocYearId: year.id,
        subjectId: year.id,
        params: { ...yearParams(year), days: String(days), dueAt: formatDateTime(dueAt) },
        link: yearPath(year, "registration"),
        recipients: await unitStaff(tx, [unitId], { heads: days <= HEAD_FROM_DAYS }),
      };
      toSend.push(...(await tell(tx, "registration-due", telling, { key: `registration-due:${year.id}:${unitId}:${dueAt.toISOString()}:${days}`, now })));
    }
  }
  return toSend;
}

/**
 * Units that have not submitted a scheduled report as its due date nears (lib/reports), on the
 * scoring window's days (7, 3, 1): the officers, and the head, who approves it, from HEAD_FROM_DAYS.
 * Keyed by round, unit, due date and threshold, as the other reminders (reminders.ts).
 */
async function reportReminders(tx: Tx, now: Date): Promise<string[]> {
  const rounds = await tx.reportRound.findMany({
    where: { dueAt: { gt: now }, passedAt: null, blocYear: { status: { not: "CLOSED" } } },
    select: { id: true, kind: true, blocYearId: true, dueAt: true, reports: { where: { status: "SUBMITTED" }, select: { unitId: true } } },
  });
  const toSend: string[] = [];
  for (const round of rounds) {
    const days = windowReminder(now, round.dueAt);
    const year = days === null ? null : await yearFacts(tx, round.blocYearId);
    if (days === null || !year) continue;
    const waiting = (await memberUnitIds(tx, year.id)).filter((u) => !round.reports.some((r) => r.unitId === u));
    for (const unitId of waiting) {
      const telling = {
        blocYearId: year.id,
        subjectId: round.id,
        params: { ...yearParams(year), kind: round.kind, days: String(days), dueAt: formatDateTime(round.dueAt) },
        link: yearPath(year, "reports"),
        recipients: await unitStaff(tx, [unitId], { heads: days <= HEAD_FROM_DAYS }),
      };
      toSend.push(...(await tell(tx, "report-due", telling, { key: `report-due:${round.id}:${unitId}:${round.dueAt.toISOString()}:${days}`, now })));
    }
  }
  return toSend;
}

/** Every reminder due at `now`; returns the e-mails to send. */
export async function sendReminders(tx: Tx, now: Date): Promise<string[]> {
  return [
    ...(await windowReminders(tx, now)),
    ...(await conferenceReminders(tx, now)),
    ...(await registrationReminders(tx, now)),
    ...(await reportReminders(tx, now)),
  ];
}
