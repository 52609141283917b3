import { z } from "zod";
import { checkbox, id, idList, isStorableText, optionalId, optionalText, requiredText, version } from "@/lib/validation/fields";
import { count } from "@/lib/validation/numbers";
import { TIE_BREAK_KINDS, type TieBreakRule } from "@/lib/ranking/types";

const MAX_COUNT = 10_000;

const ruleSchema = z
  .object({
    kind: z.enum(TIE_BREAK_KINDS, "validation.invalidChoice"),
    groupCode: z.string().trim().max(30).refine(isStorableText, "validation.invalid").optional(),
  })
  .transform((r): TieBreakRule => (r.kind === "groupScore" ? { kind: "groupScore", groupCode: r.groupCode ?? "" } : { kind: r.kind }));

/** Version 0: the year has no rules yet. */
export const setRulesSchema = z.object({
  blocYearId: id(),
  version: version(0),
  rules: z.array(ruleSchema, "validation.invalid").max(20, "validation.invalid"),
});
export const publishRulesSchema = z.object({ blocYearId: id(), version: version() });

// Parallel lists (unitIds[i] got votes[i]), as a plain form posts them.
export const ballotSchema = z
  .object({
    blocYearId: id(),
    unitIds: idList(50).refine((ids) => ids.length >= 2, "validation.invalid"),
    votes: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(count(MAX_COUNT)).max(50, "validation.invalid"),
    ),
    presentCount: count(MAX_COUNT),
    conferenceId: optionalId(),
    note: optionalText(1000),
  })
  .refine((b) => b.votes.length === b.unitIds.length, { message: "validation.invalid", path: ["votes"] });

// The head signs in person; an officer of the leader unit records the head's name.
export const signOffSchema = z.object({ blocYearId: id(), signerName: optionalText(120) });

export const snapshotSchema = z.object({ snapshotId: id(), version: version() });
export const snapshotReasonSchema = z.object({ snapshotId: id(), version: version(), reason: requiredText(1000) });
export const publishSnapshotSchema = z.object({ snapshotId: id(), version: version(), isPublic: checkbox() });

export type BallotInput = { unitIds: string[]; votes: number[]; presentCount: number; conferenceId: string | null; note: string | null };
