// The date a generated document carries: the date of the act it records, never the day the file
// is generated. One function per kind of document; a date set by hand before the document is
// issued (DocumentDate, `override` here) wins over the rule. Pure: no clock, no database.
import type { DateLike } from "@/lib/format/vi";
import { placeDateLine } from "@/lib/documents/layout";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";

/**
 * A document's date: `date` null leaves the day and month blank for the clerk to fill in by hand,
 * with `year` printed when it is known ("ngày    tháng    năm 2022").
 */
export type ActDate = { date: Date | null; year: number | null };

type Override = Date | null | undefined;

const latest = (dates: DateLike[]): Date | null => dates.reduce<Date | null>((max, d) => (d instanceof Date && (!max || d > max) ? d : max), null);

const blank = (year: number | null): ActDate => ({ date: null, year });

export type PledgeDateFacts = {
  status: PledgeStatus;
  signedAt: Date | null;
  year: number;
  /** Every signature with its date and, when signed at a conference, that conference's date. */
  signatures: { signedAt: Date; conferenceDate?: Date | null }[];
  /** The year's conference for signing (kind SIGNING), when one is recorded. */
  signingConferenceDate: Date | null;
};

/**
 * Giao ước: the day it was signed. The conference where the last signatures were given, else the
 * year's signing conference, else the last signature's date. While it is not signed by every
 * member the day and month stay blank, under the bloc year.
 */
export function pledgeActDate(p: PledgeDateFacts, override?: Override): ActDate {
  if (override) return { date: override, year: null };
  if (p.status !== "SIGNED") return blank(p.year);
  const atConference = latest(p.signatures.map((s) => s.conferenceDate));
  const date = atConference ?? p.signingConferenceDate ?? latest(p.signatures.map((s) => s.signedAt)) ?? p.signedAt;
  return date ? { date, year: null } : blank(p.year);
}

/** Biên bản hội nghị: the conference's date. */
export function minutesActDate(c: { date: Date }, override?: Override): ActDate {
  return { date: override ?? c.date, year: null };
}

/** Kế hoạch: its issue date as set before issue; otherwise blank under the bloc year. */
export function planActDate(y: { year: number }, override?: Override): ActDate {
  return override ? { date: override, year: null } : blank(y.year);
}

/** Biên bản họp bình xét: the day the leader signed the ranking off. */
export function reviewMinutesActDate(s: { signedAt: Date }, override?: Override): ActDate {
  return { date: override ?? s.signedAt, year: null };
}

/**
 * Tờ trình: the day it was submitted; before that, blank, year included (the submission of a
 * year's awards often falls in the next year).
 */
export function awardSubmissionActDate(p: { submittedAt: Date | null }, override?: Override): ActDate {
  return override ? { date: override, year: null } : p.submittedAt ? { date: p.submittedAt, year: null } : blank(null);
}

/**
 * Báo cáo thành tích: the date set before issue; else the day the proposal it goes with was
 * submitted; else blank day and month under `year` (the year the file is drawn, never "20…").
 */
export function achievementReportActDate(override: Override, submittedAt: Date | null = null, year: number | null = null): ActDate {
  if (override) return { date: override, year: null };
  return submittedAt ? { date: submittedAt, year: null } : blank(year);
}

/** Báo cáo (the bloc's summary): the day of the conference that passed it; before that, blank under the bloc year. */
export function blocReportActDate(r: { year: number; passedOn: Date | null }, override?: Override): ActDate {
  return override ? { date: override, year: null } : r.passedOn ? { date: r.passedOn, year: null } : blank(r.year);
}

/** Bảng tổng hợp đăng ký thi đua: announced at the signing conference; its date as set before issue, otherwise blank under the bloc year. */
export function compiledRegistrationsActDate(y: { year: number }, override?: Override): ActDate {
  return override ? { date: override, year: null } : blank(y.year);
}

/**
 * The day whose unit names a document prints (docs/reorganisation.md): its own date; with the day
 * left blank, the last day of its year; with no year either, `fallback` (today: not issued yet).
 */
export function namesDate(d: ActDate, fallback: Date): Date {
  if (d.date) return d.date;
  return d.year ? new Date(Date.UTC(d.year, 11, 31, 5)) : fallback;
}

/** "Hà Nội, ngày 22 tháng 7 năm 2022", or with the day and month left blank. */
export const actDateLine = (place: string, d: ActDate) => placeDateLine(place, d.date, d.year ?? undefined);

// ---- Setting the date by hand ----

/** Whether the document's subject has issued it (each kind's rule: definitions/), so its date may no longer change. */
export type IssueState = { issued: boolean };

/** Issued by its subject, or by the closing of its year. */
export function isIssued(s: IssueState, yearClosed: boolean): boolean {
  return yearClosed || s.issued;
}
