import { z } from "zod";
import { checkbox, id, optionalId, optionalText, requiredText } from "@/lib/validation/fields";
import { count } from "@/lib/validation/numbers";

// The date-time field (components/ui/date-field.tsx) sends yyyy-MM-ddTHH:mm, a wall time in Vietnam (UTC+7 since 1975).
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function parseVietnamDateTime(value: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h - 7, mi));
  // Date.UTC rolls 30/02 over into March: a round trip catches impossible days.
  const back = new Date(date.getTime() + 7 * 3_600_000);
  const same = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h;
  return same && y >= 2000 && y <= 2100 ? date : null;
}

const vnDateTime = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .refine((v) => parseVietnamDateTime(v) !== null, "validation.invalidFormat")
    .transform((v) => parseVietnamDateTime(v)!);

export const CONFERENCE_KINDS = ["SIGNING", "MID_YEAR", "YEAR_END", "OTHER"] as const;

const conferenceFields = z.object({
  kind: z.enum(CONFERENCE_KINDS, "validation.invalidChoice"),
  title: requiredText(300),
  date: vnDateTime(),
  venue: optionalText(300),
  hostUnitId: optionalId(),
  chairName: optionalText(200),
  chairTitle: optionalText(300),
  agenda: optionalText(5000),
});

export const createConferenceSchema = conferenceFields.extend({ blocYearId: id() });
export const updateConferenceSchema = conferenceFields.extend({ conferenceId: id() });
export const conferenceIdSchema = z.object({ conferenceId: id() });
export const minutesSchema = z.object({ conferenceId: id(), minutes: optionalText(50_000) });

export const addGuestSchema = z.object({ conferenceId: id(), name: requiredText(200), title: optionalText(300), organisation: optionalText(300) });
export const guestIdSchema = z.object({ guestId: id() });

// "" leaves a unit unrecorded (its row is removed).
const attendanceRow = z.object({
  unitId: id(),
  status: z.enum(["PRESENT", "ABSENT", ""], "validation.invalidChoice"),
  absenceReason: optionalText(500),
  representativeName: optionalText(200),
});
export const attendanceSchema = z.object({ conferenceId: id(), rows: z.array(attendanceRow).max(200) });

export const addDecisionSchema = z.object({ conferenceId: id(), content: requiredText(3000), needsVote: checkbox() });
export const updateDecisionSchema = z.object({ decisionId: id(), content: requiredText(3000), needsVote: checkbox() });
export const decisionIdSchema = z.object({ decisionId: id() });
export const voteSchema = z.object({ decisionId: id(), votesFor: count(500), votesAgainst: count(500), votesAbstain: count(500) });

export const nextLeadershipSchema = z.object({ conferenceId: id(), nextLeaderUnitId: optionalId(), nextDeputyUnitId: optionalId() });

export type ConferenceInput = z.infer<typeof conferenceFields>;
export type AttendanceRowInput = z.infer<typeof attendanceRow>;
export type GuestInput = Omit<z.infer<typeof addGuestSchema>, "conferenceId">;
export type DecisionInput = Omit<z.infer<typeof addDecisionSchema>, "conferenceId">;
export type VoteInput = Omit<z.infer<typeof voteSchema>, "decisionId">;
