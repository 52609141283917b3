import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { isHeadOf } from "@/lib/units/policy";
import { isLate } from "@/lib/reports/policy";
import { holdRound } from "@/lib/reports/report-sql";

// The year's schedule of reports and each member unit's report (docs/DOMAIN.md, "Periodic
// reports"). A unit drafts, then submits with its head's approval; after the due date it is still
// taken, flagged late. Once the conference has passed the bloc's summary, the round is frozen; a
// closed year takes nothing.

/** The round under a hold, refused when its year is closed or its summary passed. */
export async function openRound(tx: Tx, roundId: string, mode: "write" | "pass" = "write") {
  await holdRound(tx, roundId, mode);
  const round = await tx.reportRound.findUnique({ where: { id: roundId }, include: { blocYear: { select: { status: true } } } });
  if (!round) throw new NotFoundError();
  if (round.blocYear.status === "CLOSED") throw new DomainError("reports.errors.yearClosed");
  if (round.passedAt) throw new DomainError("reports.errors.passed");
  return round;
}

/** The version the browser saw: 0 when it saw no report yet. */
function assertVersion(current: { version: number } | null, seen: number) {
  if ((current?.version ?? 0) !== seen) throw new DomainError("reports.errors.stale");
}

/** Adds a report to the year's schedule, or moves its due date (the units are told). */
export async function scheduleReport(actor: AppSession, blocYearId: string, kind: ReportKind, dueAt: Date) {
  return db.$transaction(async (tx) => {
    const year = await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { status: true } });
    if (!year) throw new NotFoundError();
    if (year.status === "CLOSED") throw new DomainError("reports.errors.yearClosed");
    const before = await tx.reportRound.findUnique({ where: { blocYearId_kind: { blocYearId, kind } } });
    if (before?.passedAt) throw new DomainError("reports.errors.passed");
    const round = before
      ? await tx.reportRound.update({ where: { id: before.id }, data: { dueAt } })
      : await tx.reportRound.create({ data: { blocYearId, kind, dueAt } });
    await writeAudit(tx, actor, {
      action: "report.schedule",
      entityType: "ReportRound",
      entityId: round.id,
      before: before ? { dueAt: before.dueAt } : null,
      after: { blocYearId, kind, dueAt },
    });
    return { id: round.id };
  });
}

/** Saves the unit's draft text; a submitted report is returned first to change it. */
export async function saveUnitReport(actor: AppSession, roundId: string, unitId: string, version: number, content: string) {
  return db.$transaction(async (tx) => {
    await openRound(tx, roundId);
    const before = await tx.unitReport.findUnique({ where: { roundId_unitId: { roundId, unitId } } });
    assertVersion(before, version);
    if (before?.status === "SUBMITTED") throw new DomainError("reports.errors.alreadySubmitted");
    const report = before
      ? await tx.unitReport.update({ where: { id: before.id, version: before.version }, data: { content, version: { increment: 1 } } })
      : await tx.unitReport.create({ data: { roundId, unitId, content } });
    await writeAudit(tx, actor, {
      action: "report.save",
      entityType: "UnitReport",
      entityId: report.id,
      before: before ? { content: before.content } : null,
      after: { roundId, unitId, content },
    });
    return { id: report.id, version: report.version };
  });
}

/** Draft → submitted, with the head's approval: the head in person, or an officer naming the head who approved. Late is recorded, not refused. */
export async function submitUnitReport(actor: AppSession, roundId: string, unitId: string, version: number, headApprovedBy: string | null, now = new Date()) {
  return db.$transaction(async (tx) => {
    const round = await openRound(tx, roundId);
    const report = await tx.unitReport.findUnique({ where: { roundId_unitId: { roundId, unitId } } });
    if (!report || !report.content.trim()) throw new DomainError("reports.errors.empty");
    assertVersion(report, version);
    if (report.status === "SUBMITTED") throw new DomainError("reports.errors.alreadySubmitted");
    const byHead = isHeadOf(actor, unitId);
    const approvedBy = byHead ? actor.name : headApprovedBy?.trim();
    if (!approvedBy) throw new DomainError("reports.errors.headApprovalRequired");
    const after = await tx.unitReport.update({
      where: { id: report.id, version },
      data: { status: "SUBMITTED", headApprovedBy: approvedBy, submittedAt: now, submittedById: actor.userId, returnReason: null, version: { increment: 1 } },
    });
    await writeAudit(tx, actor, {
      action: "report.submit",
      entityType: "UnitReport",
      entityId: report.id,
      before: { status: report.status },
      after: { status: after.status, unitId, headApprovedBy: approvedBy, byHead, submittedAt: now, late: isLate(now, round.dueAt) },
    });
    return { id: report.id, version: after.version };
  });
}

/** Submitted → draft, with the reason, so the unit corrects it and submits again. */
export async function returnUnitReport(actor: AppSession, reportId: string, version: number, reason: string) {
  return db.$transaction(async (tx) => {
    const found = await tx.unitReport.findUnique({ where: { id: reportId }, select: { roundId: true } });
    if (!found) throw new NotFoundError();
    await openRound(tx, found.roundId);
    const report = await tx.unitReport.findUniqueOrThrow({ where: { id: reportId } });
    assertVersion(report, version);
    if (report.status !== "SUBMITTED") throw new DomainError("reports.errors.notSubmitted");
    const after = await tx.unitReport.update({
      where: { id: reportId, version },
      data: { status: "DRAFT", returnReason: reason, submittedAt: null, headApprovedBy: null, version: { increment: 1 } },
    });
    await writeAudit(tx, actor, {
      action: "report.return",
      entityType: "UnitReport",
      entityId: reportId,
      before: { status: report.status },
      after: { status: after.status, unitId: report.unitId, reason },
    });
    return { id: reportId, version: after.version };
  });
}
