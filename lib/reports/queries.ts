import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere, visibleYearWhere } from "@/lib/blocs/policy";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import { sortByVi } from "@/lib/format/vi";
import { canManageReports, canReadUnitReport, canSeeAllReports, isLate, ownReportUnitOf } from "@/lib/reports/policy";

// Reads of a bloc year's periodic reports, within the caller's blocs (visibleYearWhere). A unit
// officer reads its own unit's report (rule 2); the progress of every unit, with the content of
// the submitted ones, is for those canSeeAllReports lets in.

const reportSelect = {
  id: true,
  unitId: true,
  status: true,
  version: true,
  content: true,
  headApprovedBy: true,
  submittedAt: true,
  returnReason: true,
} as const;

/** The year's schedule of reports with the caller's own report, every unit's progress and the summary, as the caller may see them. */
export async function reportsOfYear(session: AppSession, year: BlocYearContext) {
  const rounds = await db.reportRound.findMany({
    where: { blocYear: visibleYearWhere(session, year.id) },
    orderBy: { kind: "asc" },
    select: {
      id: true,
      kind: true,
      dueAt: true,
      summary: true,
      summaryVersion: true,
      passedAt: true,
      conference: { select: { id: true, title: true, date: true } },
      reports: { select: reportSelect },
    },
  });
  const own = ownReportUnitOf(session, year);
  const all = canSeeAllReports(session, year);
  const readable = rounds.flatMap((r) => r.reports.filter((rep) => canReadUnitReport(session, year, rep)));
  const files = await db.attachment.findMany({
    where: { ownerType: "report", ownerId: { in: readable.map((r) => r.id) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileName: true, ownerId: true },
  });
  const members = all
    ? await db.blocMember.findMany({ where: { blocYear: visibleYearWhere(session, year.id) }, select: { unit: { select: { id: true, name: true } } } })
    : [];
  const shape = (rep: (typeof readable)[number], dueAt: Date) => ({
    ...rep,
    late: isLate(rep.submittedAt, dueAt),
    file: files.find((f) => f.ownerId === rep.id) ?? null,
  });
  return rounds.map(({ reports, ...round }) => {
    const mine = own ? reports.find((r) => r.unitId === own) : undefined;
    return {
      ...round,
      summary: all ? round.summary : round.passedAt ? round.summary : null,
      own: mine ? shape(mine, round.dueAt) : null,
      progress: sortByVi(
        members.map(({ unit }) => {
          const rep = reports.find((r) => r.unitId === unit.id);
          const visible = rep && canReadUnitReport(session, year, rep);
          return { unit, status: rep?.status ?? null, report: rep && visible ? shape(rep, round.dueAt) : null };
        }),
        (p) => p.unit.name,
      ),
    };
  });
}

export type YearReports = Awaited<ReturnType<typeof reportsOfYear>>;
export type ReportRoundView = YearReports[number];

/** The year's conferences a summary may be passed at, for those who compile it. */
export async function conferencesForReports(session: AppSession, year: BlocYearContext) {
  if (!canManageReports(session, year)) return [];
  return db.conference.findMany({
    where: { blocYear: visibleYearWhere(session, year.id) },
    orderBy: { date: "asc" },
    select: { id: true, title: true, date: true },
  });
}

/** The summary reports a conference passed, for a caller who may see its bloc: its page links to them. */
export async function reportsPassedAt(session: AppSession, conferenceId: string) {
  return db.reportRound.findMany({
    where: { conferenceId, blocYear: { bloc: visibleBlocsWhere(session) } },
    orderBy: { kind: "asc" },
    select: { id: true, kind: true, passedAt: true },
  });
}
