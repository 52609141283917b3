import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { holdYear } from "@/lib/blocs/year-lock";
import { DomainError } from "@/lib/errors";
import { reportEditable } from "./policy";
import type { SaveAchievementReportInput } from "./schemas";

// A member unit's text for its báo cáo thành tích. It belongs to the award dossier, so it is
// written until the proposal is sent and again when it is returned; the year's row is held first
// and the proposal read under it (docs/conventions.md, "Writes against a lock"), and the version
// the unit saw is checked so two officers do not overwrite each other.

/** Saves the unit's text: creates it (version 0 seen) or updates the version the browser saw. */
export async function saveAchievementReport(actor: AppSession, blocYearId: string, unitId: string, input: SaveAchievementReportInput) {
  const { version, ...texts } = input;
  return db.$transaction(async (tx) => {
    await holdYear(tx, blocYearId, "write");
    const year = await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { status: true, proposal: { select: { id: true, status: true } } } });
    if (year?.status === "CLOSED") throw new DomainError("achievementReports.errors.yearClosed");
    // The proposal's row is held too: a submission racing this save waits, or this save sees it sent.
    if (year?.proposal) await tx.$queryRaw`SELECT id FROM "AwardProposal" WHERE id = ${year.proposal.id} FOR SHARE`;
    const proposal = year?.proposal ? await tx.awardProposal.findUnique({ where: { id: year.proposal.id }, select: { status: true } }) : null;
    if (!reportEditable(proposal?.status ?? null)) throw new DomainError("achievementReports.errors.sent");
    const before = await tx.achievementReport.findUnique({ where: { blocYearId_unitId: { blocYearId, unitId } } });
    if ((before?.version ?? 0) !== version) throw new DomainError("achievementReports.errors.stale");
    const row = before
      ? await tx.achievementReport.update({
          where: { id: before.id, version: before.version },
          data: { ...texts, updatedById: actor.userId, version: { increment: 1 } },
        })
      : await tx.achievementReport.create({ data: { blocYearId, unitId, ...texts, updatedById: actor.userId } });
    await writeAudit(tx, actor, {
      action: "achievementReport.save",
      entityType: "AchievementReport",
      entityId: row.id,
      before: before && { situation: before.situation, duties: before.duties, results: before.results, causes: before.causes, lessons: before.lessons },
      after: { unitId, ...texts },
    });
    return { id: row.id, version: row.version };
  });
}
