// Giải trình (lib/explanations): the window opened, a unit's answer, the decision on it.
import { formatDateTime } from "@/lib/format/vi";
import { reviewerUnitOf } from "@/lib/scoring/policy";
import { afterField, defineEvent } from "../define";
import { unitStaff } from "../recipients";
import { sheetFacts, tellSheetUnit, yearFacts, yearParams, yearPath } from "../year";

/** The window opened or moved: the officers and heads of the units whose scores review changed. */
export const explanationRequested = defineEvent({
  audit: ["explanation.window"],
  async tell(tx, entry) {
    const round = entry.entityId ? await tx.scoringRound.findUnique({ where: { id: entry.entityId }, select: { id: true, blocYearId: true } }) : null;
    const year = round && (await yearFacts(tx, round.blocYearId));
    const unitIds = afterField(entry, "unitIds");
    if (!round || !year || !Array.isArray(unitIds)) return null;
    return {
      blocYearId: year.id,
      subjectId: round.id,
      params: { ...yearParams(year), until: formatDateTime(String(afterField(entry, "explainUntil"))) },
      link: yearPath(year, "scoring"),
      recipients: await unitStaff(tx, unitIds as string[]),
    };
  },
});

/** A unit answered: whoever reviews its sheet, the assigned unit or else the leader (never the unit itself). */
export const explanationAnswered = defineEvent({
  audit: ["explanation.answer"],
  async tell(tx, entry) {
    const found = await sheetFacts(tx, entry.entityId);
    if (!found) return null;
    const { sheet, year } = found;
    const reviewer = reviewerUnitOf(year, sheet);
    return {
      blocYearId: year.id,
      subjectId: sheet.id,
      params: { ...yearParams(year), unit: sheet.unit.name, leaf: String(afterField(entry, "leafCode") ?? "") },
      link: yearPath(year, `scoring/${sheet.unitId}`),
      recipients: reviewer && reviewer !== sheet.unitId ? await unitStaff(tx, [reviewer]) : [],
    };
  },
});

/** The score kept or changed: the unit's officers and head, with the reason. */
export const explanationDecided = defineEvent({
  audit: ["explanation.decide"],
  tell: (tx, entry) =>
    tellSheetUnit(tx, entry.entityId, () => ({ leaf: String(afterField(entry, "leafCode") ?? ""), reason: String(afterField(entry, "reason") ?? "") })),
});
