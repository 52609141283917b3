import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import { openRound } from "@/lib/reports/service";
import { loadSummaryFacts } from "@/lib/reports/summary-facts";
import { summaryDraft } from "@/lib/reports/summary-text";

// The bloc's summary report of a round (docs/DOMAIN.md, "Periodic reports"): drafted from the
// units' reports and the year's data, edited by the leader, then passed at a conference of the
// year, which freezes it and the units' reports it was compiled from. Every write holds the round
// FOR UPDATE and checks the version the leader saw.

async function writeSummary(tx: Tx, actor: AppSession, roundId: string, version: number, summary: string, generated: boolean) {
  const before = await openRound(tx, roundId, "pass");
  if (before.summaryVersion !== version) throw new DomainError("reports.errors.stale");
  const after = await tx.reportRound.update({ where: { id: roundId }, data: { summary, summaryVersion: { increment: 1 } } });
  await writeAudit(tx, actor, {
    action: "report.summary",
    entityType: "ReportRound",
    entityId: roundId,
    before: { summary: before.summary },
    after: { summary, generated },
  });
  return { id: roundId, version: after.summaryVersion };
}

/** Replaces the summary with a new draft from the data as it is now. */
export async function generateSummary(actor: AppSession, roundId: string, version: number) {
  return db.$transaction(async (tx) => writeSummary(tx, actor, roundId, version, summaryDraft(await loadSummaryFacts(tx, roundId)), true));
}

export async function saveSummary(actor: AppSession, roundId: string, version: number, summary: string) {
  return db.$transaction(async (tx) => writeSummary(tx, actor, roundId, version, summary, false));
}

/** Records that a conference of the same bloc year passed the summary: the round links to it, and the conference's page back. */
export async function passSummary(actor: AppSession, roundId: string, version: number, conferenceId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const round = await openRound(tx, roundId, "pass");
    if (round.summaryVersion !== version) throw new DomainError("reports.errors.stale");
    if (!round.summary?.trim()) throw new DomainError("reports.errors.noSummary");
    const conference = await tx.conference.findFirst({
      where: { id: conferenceId, blocYearId: round.blocYearId },
      select: { id: true, title: true, date: true },
    });
    if (!conference) throw new DomainError("reports.errors.conference");
    const after = await tx.reportRound.update({ where: { id: roundId }, data: { conferenceId, passedAt: now, summaryVersion: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: "report.pass",
      entityType: "ReportRound",
      entityId: roundId,
      before: { conferenceId: null, passedAt: null },
      after: { conferenceId, conferenceTitle: conference.title, conferenceDate: conference.date, passedAt: now },
    });
    return { id: roundId, version: after.summaryVersion };
  });
}
