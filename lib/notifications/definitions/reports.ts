import type { Tx } from "@/lib/db";
import { formatDateTime } from "@/lib/format/vi";
import { afterField, defineEvent } from "../define";
import { membersStaff, unitStaff } from "../recipients";
import { yearFacts, yearParams, yearPath } from "../year";

// The periodic reports' steps (lib/reports). `kind` is the round's (MID_YEAR, YEAR_END): the
// words choose "sơ kết 6 tháng" or "tổng kết năm" from it.

async function roundYear(tx: Tx, roundId: string | null) {
  const round = roundId ? await tx.reportRound.findUnique({ where: { id: roundId }, select: { id: true, kind: true, dueAt: true, blocYearId: true } }) : null;
  const year = round && (await yearFacts(tx, round.blocYearId));
  return round && year ? { round, year } : null;
}

async function reportYear(tx: Tx, reportId: string | null) {
  const report = reportId
    ? await tx.unitReport.findUnique({ where: { id: reportId }, select: { id: true, unitId: true, roundId: true, unit: { select: { name: true } } } })
    : null;
  const found = report && (await roundYear(tx, report.roundId));
  return report && found ? { report, ...found } : null;
}

/** A report scheduled, or its due date moved: every member unit, which reports by it. */
export const reportScheduled = defineEvent({
  audit: ["report.schedule"],
  async tell(tx, entry) {
    const found = await roundYear(tx, entry.entityId);
    if (!found) return null;
    const { round, year } = found;
    return {
      blocYearId: year.id,
      subjectId: round.id,
      params: { ...yearParams(year), kind: round.kind, dueAt: formatDateTime(round.dueAt) },
      link: yearPath(year, "reports"),
      recipients: await membersStaff(tx, year.id),
    };
  },
});

/** Submitted: the leader unit, which compiles the summary (never the unit itself). */
export const reportSubmitted = defineEvent({
  audit: ["report.submit"],
  async tell(tx, entry) {
    const found = await reportYear(tx, entry.entityId);
    if (!found) return null;
    const { report, round, year } = found;
    return {
      blocYearId: year.id,
      subjectId: report.id,
      params: { ...yearParams(year), kind: round.kind, unit: report.unit.name, late: afterField(entry, "late") === true ? "yes" : "no" },
      link: yearPath(year, "reports"),
      recipients: year.leaderUnitId && year.leaderUnitId !== report.unitId ? await unitStaff(tx, [year.leaderUnitId]) : [],
    };
  },
});

/** Returned: the unit's officers and head, with the reason. */
export const reportReturned = defineEvent({
  audit: ["report.return"],
  async tell(tx, entry) {
    const found = await reportYear(tx, entry.entityId);
    if (!found) return null;
    const { report, round, year } = found;
    return {
      blocYearId: year.id,
      subjectId: report.id,
      params: { ...yearParams(year), kind: round.kind, reason: String(afterField(entry, "reason") ?? "") },
      link: yearPath(year, "reports"),
      recipients: await unitStaff(tx, [report.unitId]),
    };
  },
});
