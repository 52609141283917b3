import { z } from "zod";
import { parseVietnamDateTime, toDateInputValue } from "@/lib/format/vi";
import { checkbox, id, optionalId, optionalText, requiredText } from "@/lib/validation/fields";
import { count } from "@/lib/validation/numbers";

// The date-time field sends yyyy-MM-ddTHH:mm in Vietnam time; a conference falls within the years the app keeps.
const conferenceTime = (v: string) => {
  const date = parseVietnamDateTime(v);
  const year = date ? Number(toDateInputValue(date).slice(0, 4)) : 0;
  return date && year >= 2000 && year <= 2100 ? date : null;
};

const vnDateTime = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .refine((v) => conferenceTime(v) !== null, "validation.invalidFormat")
    .transform((v) => conferenceTime(v)!);

// Optional: blank when the end was not recorded.
const optionalVnDateTime = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z
        .string("validation.invalidFormat")
        .trim()
        .refine((v) => conferenceTime(v) !== null, "validation.invalidFormat")
        .transform((v) => conferenceTime(v)!)
        .nullable()
        .optional(),
    )
    .transform((v) => v ?? null);

export const CONFERENCE_KINDS = ["SIGNING", "MID_YEAR", "YEAR_END", "OTHER"] as const;

const conferenceFields = z.object({
  kind: z.enum(CONFERENCE_KINDS, "validation.invalidChoice"),
  title: requiredText(300),
  date: vnDateTime(),
  venue: optionalText(300),
  hostUnitId: optionalId(),
  chairName: optionalText(200),
  chairTitle: optionalText(300),
  // Mẫu 1.9: who keeps the minutes, and when the meeting ended.
  secretaryName: optionalText(200),
  secretaryTitle: optionalText(300),
  endedAt: optionalVnDateTime(),
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

// awardFormId: the award form whose nominees the vote is on (the review minutes print it per form).
export const addDecisionSchema = z.object({ conferenceId: id(), content: requiredText(3000), needsVote: checkbox(), awardFormId: optionalId() });
export const updateDecisionSchema = z.object({ decisionId: id(), content: requiredText(3000), needsVote: checkbox(), awardFormId: optionalId() });
export const decisionIdSchema = z.object({ decisionId: id() });
export const voteSchema = z.object({ decisionId: id(), votesFor: count(500), votesAgainst: count(500), votesAbstain: count(500) });

export const nextLeadershipSchema = z.object({ conferenceId: id(), nextLeaderUnitId: optionalId(), nextDeputyUnitId: optionalId() });

// The Mẫu 1.9 fields and a decision's award form are optional for callers that predate them (left unchanged).
type MinutesFields = "secretaryName" | "secretaryTitle" | "endedAt";
export type ConferenceInput = Omit<z.infer<typeof conferenceFields>, MinutesFields> & Partial<Pick<z.infer<typeof conferenceFields>, MinutesFields>>;
export type AttendanceRowInput = z.infer<typeof attendanceRow>;
export type GuestInput = Omit<z.infer<typeof addGuestSchema>, "conferenceId">;
export type DecisionInput = Omit<z.infer<typeof addDecisionSchema>, "conferenceId" | "awardFormId"> & { awardFormId?: string | null };
export type VoteInput = Omit<z.infer<typeof voteSchema>, "decisionId">;
