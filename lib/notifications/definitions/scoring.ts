import type { Tx } from "@/lib/db";
import { formatDateTime } from "@/lib/format/vi";
import { reviewerUnitOf } from "@/lib/scoring/policy";
import { afterField, defineEvent } from "../define";
import { membersStaff, unitStaff } from "../recipients";
import { sheetFacts, tellSheetUnit, yearFacts, yearParams, yearPath } from "../year";

/** Published criteria: the members, who score against them. */
export const criteriaPublished = defineEvent({
  audit: ["criteriaSet.publish"],
  async tell(tx, entry) {
    const set = entry.entityId ? await tx.criteriaSet.findUnique({ where: { id: entry.entityId }, select: { id: true, blocYearId: true } }) : null;
    // A template serves every bloc and tells nobody.
    const year = set?.blocYearId ? await yearFacts(tx, set.blocYearId) : null;
    if (!set || !year) return null;
    return { blocYearId: year.id, subjectId: set.id, params: yearParams(year), link: yearPath(year, "criteria"), recipients: await membersStaff(tx, year.id) };
  },
});

async function roundYear(tx: Tx, roundId: string | null | undefined) {
  const round = roundId
    ? await tx.scoringRound.findUnique({ where: { id: roundId }, select: { id: true, blocYearId: true, opensAt: true, closesAt: true } })
    : null;
  const year = round && (await yearFacts(tx, round.blocYearId));
  return round && year ? { round, year } : null;
}

/** The scoring window set or moved: the members, with its dates. */
export const roundSet = defineEvent({
  audit: ["round.create", "round.update"],
  async tell(tx, entry) {
    const found = await roundYear(tx, entry.entityId);
    if (!found) return null;
    const { round, year } = found;
    return {
      blocYearId: year.id,
      subjectId: round.id,
      params: { ...yearParams(year), opensAt: formatDateTime(round.opensAt), closesAt: formatDateTime(round.closesAt) },
      link: yearPath(year, "scoring"),
      recipients: await membersStaff(tx, year.id),
    };
  },
});

/** A later close: the unit it was granted to, or every member when it is for all. */
export const extensionGranted = defineEvent({
  audit: ["round.extend"],
  async tell(tx, entry) {
    const found = await roundYear(tx, entry.entityId);
    if (!found) return null;
    const { round, year } = found;
    const unitId = afterField(entry, "unitId");
    return {
      blocYearId: year.id,
      subjectId: round.id,
      params: { ...yearParams(year), closesAt: formatDateTime(String(afterField(entry, "closesAt"))), reason: String(afterField(entry, "reason") ?? "") },
      link: yearPath(year, "scoring"),
      recipients: typeof unitId === "string" ? await unitStaff(tx, [unitId]) : await membersStaff(tx, year.id),
    };
  },
});

/** Submitted: whoever reviews it, the assigned unit or else the leader (never the unit itself). */
export const sheetSubmitted = defineEvent({
  audit: ["score.submit"],
  async tell(tx, entry) {
    const found = await sheetFacts(tx, entry.entityId);
    if (!found) return null;
    const { sheet, year } = found;
    const reviewer = reviewerUnitOf(year, sheet);
    return {
      blocYearId: year.id,
      subjectId: sheet.id,
      params: { ...yearParams(year), unit: sheet.unit.name },
      link: yearPath(year, `scoring/${sheet.unitId}`),
      recipients: reviewer && reviewer !== sheet.unitId ? await unitStaff(tx, [reviewer]) : [],
    };
  },
});

/** Returned: the unit's officers and head, with the reason and until when it may be resubmitted. */
export const sheetReturned = defineEvent({
  audit: ["score.return"],
  tell: (tx, entry) =>
    tellSheetUnit(tx, entry.entityId, () => ({
      reason: String(afterField(entry, "reason") ?? ""),
      resubmitBy: formatDateTime(String(afterField(entry, "resubmitBy") ?? "")),
    })),
});

/** Review finished: the unit's officers and head, to read the reviewed scores and answer them (giải trình) on the sheet. */
export const reviewFinished = defineEvent({
  audit: ["score.review.finish"],
  tell: (tx, entry) => tellSheetUnit(tx, entry.entityId, ({ sheet }) => ({ unit: sheet.unit.name })),
});
