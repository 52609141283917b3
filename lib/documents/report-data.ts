import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import { canInYear } from "@/lib/blocs/policy";
import { yearContextOf, yearContextSelect } from "@/lib/blocs/year-context";
import { compareVi } from "@/lib/format/vi";
import { withNamesAt } from "@/lib/reorg/document-names";
import { blocReportActDate, compiledRegistrationsActDate, namesDate } from "@/lib/documents/act-date";
import { adoptedRegulationsOf, loadDocumentDate } from "@/lib/documents/data";

// Loaders of the periodic reports' summary (bloc-report) and the compiled registrations
// (registrations), beside data.ts's. Both read their rows through Prisma: lib/reports and
// lib/registrations are not imported, so neither domain's use of documents turns into a cycle.

const docBloc = { select: { id: true, code: true, name: true, kind: true, symbol: true, awardBody: true } } as const;
const docUnit = {
  select: { id: true, code: true, name: true, shortName: true, headName: true, headTitle: true, parentBody: true, place: true, symbol: true },
} as const;

/** The bloc's summary report of one round, for a caller who sees the bloc (members read it as they read the minutes). */
export async function loadBlocReportDoc(roundId: string, visible: Prisma.BlocWhereInput) {
  const round = await db.reportRound.findFirst({
    where: { id: roundId, blocYear: { bloc: visible } },
    select: {
      id: true,
      kind: true,
      summary: true,
      conference: { select: { title: true, date: true } },
      blocYear: { select: { year: true, leaderUnitId: true, bloc: docBloc, leader: docUnit, _count: { select: { members: true } } } },
    },
  });
  if (!round) return null;
  const dateOverride = await loadDocumentDate("bloc-report", round.id);
  const date = blocReportActDate({ year: round.blocYear.year, passedOn: round.conference?.date ?? null }, dateOverride);
  const regulations = await adoptedRegulationsOf(round.blocYear.bloc.id);
  return withNamesAt(db, { ...round, date, regulations }, namesDate(date, new Date()));
}
export type BlocReportDocData = NonNullable<Awaited<ReturnType<typeof loadBlocReportDoc>>>;

/**
 * The submitted registrations of a bloc year, unit by unit in Vietnamese order, for a caller who
 * follows them (registration.view: the board, the council, the leader and the deputy; the same
 * people as lib/registrations/policy.ts's canSeeAllRegistrations, whose manage holders all hold it).
 */
export async function loadRegistrationsDoc(blocYearId: string, visible: Prisma.BlocWhereInput, viewer: AppSession) {
  const year = await db.blocYear.findFirst({
    where: { id: blocYearId, bloc: visible },
    select: {
      ...yearContextSelect,
      bloc: docBloc,
      leader: docUnit,
      registrations: {
        where: { status: "SUBMITTED" },
        select: {
          headApprovedBy: true,
          submittedAt: true,
          unit: { select: { id: true, name: true } },
          titles: { select: { awardForm: { select: { name: true, position: true } } } },
          targets: { orderBy: { position: "asc" }, select: { content: true, value: true, measure: true } },
        },
      },
    },
  });
  if (!year || !canInYear(viewer, "registration.view", yearContextOf(year))) return null;
  const dateOverride = await loadDocumentDate("registrations", year.id);
  const date = compiledRegistrationsActDate(year, dateOverride);
  const units = year.registrations
    .map((r) => ({
      unit: r.unit,
      headApprovedBy: r.headApprovedBy,
      submittedAt: r.submittedAt,
      titles: r.titles.sort((a, b) => a.awardForm.position - b.awardForm.position).map((t) => t.awardForm.name),
      targets: r.targets.map((t) => ({ content: t.content, value: t.value === null ? null : Number(t.value), measure: t.measure })),
    }))
    .sort((a, b) => compareVi(a.unit.name, b.unit.name));
  const data = { year: year.year, bloc: year.bloc, leader: year.leader, leaderUnitId: year.leaderUnitId, memberCount: year.members.length, units, date };
  return withNamesAt(db, data, namesDate(date, new Date()));
}
export type RegistrationsDocData = NonNullable<Awaited<ReturnType<typeof loadRegistrationsDoc>>>;
