import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import type { AppSession } from "@/lib/auth/session-types";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import type { AdoptedRegulation } from "@/lib/regulations/citation";
import { compareVi } from "@/lib/format/vi";
import {
  achievementReportActDate,
  awardSubmissionActDate,
  minutesActDate,
  namesDate,
  planActDate,
  pledgeActDate,
  reviewMinutesActDate,
  type ActDate,
} from "@/lib/documents/act-date";
import { withNamesAt } from "@/lib/reorg/document-names";
import type { DocumentKind } from "@/lib/documents/kinds";
import { canSeeDossier } from "@/lib/blocs/policy";
import { reportFacts } from "@/lib/achievement-reports/report-facts";

// Loaders for the official documents. `visible` is the caller's bloc filter
// (visibleBlocsWhere(session)); a row outside it is reported as missing (null). Each document
// names units as they were named on its own date (named()).

/** The data with every unit named as on the document's date (lib/reorg/document-names.ts). */
const named = <T>(data: T, date: ActDate, fallback: Date | null = null): Promise<T> => withNamesAt(db, data, namesDate(date, fallback ?? new Date()));

// The leader's header, seat and abbreviation: it heads or dates what the bloc issues (issuer.ts).
const issuerUnit = { id: true, code: true, name: true, shortName: true, headName: true, headTitle: true, parentBody: true, place: true, symbol: true } as const;

const yearInclude = {
  bloc: { select: { id: true, code: true, name: true, kind: true, symbol: true, awardBody: true } },
  leader: { select: issuerUnit },
  deputy: { select: { id: true, name: true, headName: true, headTitle: true } },
  members: { select: { unit: { select: { id: true, name: true, shortName: true, headName: true, headTitle: true } } } },
} satisfies Prisma.BlocYearInclude;

type YearRow = Prisma.BlocYearGetPayload<{ include: typeof yearInclude }>;

export type DocYear = Omit<YearRow, "members"> & { members: YearRow["members"][number]["unit"][] };

/** Members: the leader first, then the deputy, then the rest in Vietnamese order. */
function shapeYear(y: YearRow): DocYear {
  const rank = (id: string) => (id === y.leaderUnitId ? 0 : id === y.deputyUnitId ? 1 : 2);
  const members = y.members.map((m) => m.unit).sort((a, b) => rank(a.id) - rank(b.id) || compareVi(a.name, b.name));
  return { ...y, members };
}

/** The date set by hand for one document (DocumentDate), or null: the act's own date applies. */
export async function loadDocumentDate(kind: DocumentKind, subjectId: string): Promise<Date | null> {
  const row = await db.documentDate.findUnique({ where: { kind_subjectId: { kind, subjectId } }, select: { date: true } });
  return row?.date ?? null;
}

const signingConferences = { where: { kind: "SIGNING" }, orderBy: { date: "asc" }, take: 1, select: { date: true } } satisfies Prisma.BlocYear$conferencesArgs;
const signatureDates = { select: { signedAt: true, conference: { select: { date: true } } } } satisfies Prisma.Pledge$signaturesArgs;
type PledgeDateRow = { id: string; status: PledgeStatus; signedAt: Date | null };

/** The pledge's date by the one rule (act-date.ts), from the rows the loaders read. */
async function pledgeDateOf(
  p: PledgeDateRow,
  year: number,
  signatures: { signedAt: Date; conference: { date: Date } | null }[],
  signingConferenceDate: Date | null,
): Promise<ActDate> {
  const facts = { status: p.status, signedAt: p.signedAt, year, signingConferenceDate };
  const sigs = signatures.map((s) => ({ signedAt: s.signedAt, conferenceDate: s.conference?.date ?? null }));
  return pledgeActDate({ ...facts, signatures: sigs }, await loadDocumentDate("pledge", p.id));
}

export async function loadPledgeDoc(id: string, visible: Prisma.BlocWhereInput) {
  const pledge = await db.pledge.findFirst({
    where: { id, blocYear: { bloc: visible } },
    include: {
      blocYear: { include: { ...yearInclude, conferences: signingConferences } },
      items: { orderBy: { position: "asc" } },
      signatures: { include: { unit: { select: { id: true, name: true } }, conference: { select: { date: true } } } },
    },
  });
  if (!pledge) return null;
  const { conferences, ...year } = pledge.blocYear;
  const signingConferenceDate = conferences[0]?.date ?? null;
  const actDate = await pledgeDateOf(pledge, year.year, pledge.signatures, signingConferenceDate);
  return named({ ...pledge, blocYear: shapeYear(year), signingConferenceDate, actDate }, actDate);
}
export type PledgeDocData = NonNullable<Awaited<ReturnType<typeof loadPledgeDoc>>>;

export async function loadMinutesDoc(conferenceId: string, visible: Prisma.BlocWhereInput) {
  const conference = await db.conference.findFirst({
    where: { id: conferenceId, blocYear: { bloc: visible } },
    include: {
      blocYear: { include: yearInclude },
      host: { select: { id: true, name: true } },
      guests: { orderBy: { position: "asc" } },
      attendance: { include: { unit: { select: { id: true, name: true } } } },
      decisions: { orderBy: { position: "asc" } },
    },
  });
  if (!conference) return null;
  const dateOverride = await loadDocumentDate("minutes", conference.id);
  return named({ ...conference, blocYear: shapeYear(conference.blocYear), dateOverride }, minutesActDate(conference, dateOverride));
}
export type MinutesDocData = NonNullable<Awaited<ReturnType<typeof loadMinutesDoc>>>;

export async function loadPlanDoc(blocYearId: string, visible: Prisma.BlocWhereInput) {
  const year = await db.blocYear.findFirst({
    where: { id: blocYearId, bloc: visible },
    include: {
      ...yearInclude,
      planItems: { orderBy: [{ position: "asc" }, { startDate: "asc" }], include: { host: { select: { id: true, name: true } } } },
    },
  });
  if (!year) return null;
  const { planItems, ...rest } = year;
  const dateOverride = await loadDocumentDate("plan", year.id);
  return named({ blocYear: shapeYear(rest), planItems, dateOverride }, planActDate(rest, dateOverride));
}
export type PlanDocData = NonNullable<Awaited<ReturnType<typeof loadPlanDoc>>>;

// ---- Award dossier: review minutes, submission, achievement reports ----
// Stricter than the bloc filter: who reads them is canSeeDossier (lib/documents/policy.ts).

const snapshotSelect = { id: true, status: true, data: true, signedAt: true, signerName: true, approvedAt: true } satisfies Prisma.RankingSnapshotSelect;
type SnapshotRow = Prisma.RankingSnapshotGetPayload<{ select: typeof snapshotSelect }>;
export type DossierSnapshot = Omit<SnapshotRow, "data"> & { data: RankingSnapshotData };

const dossierYearInclude = {
  ...yearInclude,
  // The review meeting is the year-end conference, when one is recorded.
  conferences: {
    where: { kind: "YEAR_END" },
    orderBy: { date: "desc" },
    take: 1,
    include: {
      attendance: { include: { unit: { select: { id: true, name: true } } } },
      guests: { orderBy: { position: "asc" } },
      // The votes on each award form's nominees (the review minutes print them).
      decisions: { orderBy: { position: "asc" }, include: { awardForm: { select: { id: true, name: true } } } },
    },
  },
  pledge: {
    select: { id: true, title: true, status: true, signedAt: true, signatures: signatureDates, blocYear: { select: { conferences: signingConferences } } },
  },
  criteriaSet: { select: { name: true, publishedAt: true } },
  // A proposal whose ranking link was cleared falls back on the latest approved snapshot.
  rankings: { where: { status: "APPROVED" }, orderBy: { signedAt: "desc" }, take: 1, select: snapshotSelect },
} satisfies Prisma.BlocYearInclude;
type DossierYearRow = Prisma.BlocYearGetPayload<{ include: typeof dossierYearInclude }>;

async function shapeDossierYear(y: DossierYearRow) {
  const { conferences, pledge: p, criteriaSet, rankings, ...rest } = y;
  const pledge = p && { title: p.title, actDate: await pledgeDateOf(p, y.year, p.signatures, p.blocYear.conferences[0]?.date ?? null) };
  return { blocYear: shapeYear(rest), meeting: conferences[0] ?? null, pledge, criteriaSet, latestApproved: rankings[0] ?? null };
}

const asSnapshot = (s: SnapshotRow | null): DossierSnapshot | null => (s ? { ...s, data: s.data as unknown as RankingSnapshotData } : null);
const memberIds = (y: DocYear) => y.members.map((m) => m.id);

export async function loadReviewMinutesDoc(snapshotId: string, visible: Prisma.BlocWhereInput, viewer: AppSession) {
  const row = await db.rankingSnapshot.findFirst({
    where: { id: snapshotId, blocYear: { bloc: visible } },
    select: { ...snapshotSelect, blocYear: { include: dossierYearInclude } },
  });
  if (!row) return null;
  const { blocYear, ...snapshot } = row;
  const year = await shapeDossierYear(blocYear);
  if (!canSeeDossier(viewer, { leaderUnitId: year.blocYear.leaderUnitId, memberUnitIds: memberIds(year.blocYear) }, snapshot.status)) return null;
  const dateOverride = await loadDocumentDate("review-minutes", snapshot.id);
  // The units proposed for each award form, as the meeting voted them (the year's proposal).
  const nominees = await db.awardNominee.findMany({
    where: { proposal: { blocYearId: year.blocYear.id } },
    orderBy: [{ awardForm: { position: "asc" } }, { position: "asc" }],
    select: { unitId: true, unit: { select: { id: true, name: true } }, awardForm: { select: { id: true, name: true } } },
  });
  return named({ ...year, snapshot: asSnapshot(snapshot)!, dateOverride, nominees }, reviewMinutesActDate(snapshot, dateOverride));
}
export type ReviewMinutesDocData = NonNullable<Awaited<ReturnType<typeof loadReviewMinutesDoc>>>;

const proposalInclude = {
  blocYear: { include: dossierYearInclude },
  ranking: { select: snapshotSelect },
  nominees: {
    orderBy: [{ awardForm: { position: "asc" } }, { position: "asc" }],
    include: {
      unit: { select: { id: true, code: true, name: true, shortName: true, headName: true, headTitle: true } },
      awardForm: { select: { id: true, code: true, name: true, position: true } },
    },
  },
} satisfies Prisma.AwardProposalInclude;
type ProposalRow = Prisma.AwardProposalGetPayload<{ include: typeof proposalInclude }>;

/** The bloc's regulations adopted so far (in force or superseded since), for its documents' căn cứ (lib/regulations/citation.ts). */
export async function adoptedRegulationsOf(blocId: string): Promise<AdoptedRegulation[]> {
  const rows = await db.regulation.findMany({
    where: { blocYear: { blocId }, status: { in: ["ADOPTED", "SUPERSEDED"] }, adoptedOn: { not: null } },
    select: {
      title: true,
      adoptedOn: true,
      conference: { select: { title: true, date: true } },
      decision: { select: { number: true, issuedOn: true, issuer: true } },
    },
  });
  return rows.flatMap(({ adoptedOn, ...r }) => (adoptedOn ? [{ ...r, adoptedOn }] : []));
}

async function shapeProposal(p: ProposalRow) {
  const { blocYear, ranking, ...proposal } = p;
  const year = await shapeDossierYear(blocYear);
  const snapshot = asSnapshot(ranking ?? year.latestApproved);
  // The review minutes are cited with the date they carry.
  const snapshotDateOverride = snapshot ? await loadDocumentDate("review-minutes", snapshot.id) : null;
  // …and the number they carry in the bloc's register (numbering.ts), once taken.
  const minutesNumber = snapshot
    ? await db.documentNumber.findUnique({ where: { kind_subjectId: { kind: "review-minutes", subjectId: snapshot.id } }, select: { number: true } })
    : null;
  const regulations = await adoptedRegulationsOf(blocYear.blocId);
  return { ...year, proposal, snapshot, snapshotDateOverride, snapshotNumber: minutesNumber?.number ?? null, regulations };
}

export async function loadAwardSubmissionDoc(proposalId: string, visible: Prisma.BlocWhereInput, viewer: AppSession) {
  const row = await db.awardProposal.findFirst({ where: { id: proposalId, blocYear: { bloc: visible } }, include: proposalInclude });
  if (!row) return null;
  const data = await shapeProposal(row);
  const year = { leaderUnitId: data.blocYear.leaderUnitId, memberUnitIds: memberIds(data.blocYear) };
  if (!canSeeDossier(viewer, year, data.snapshot?.status ?? null)) return null;
  const dateOverride = await loadDocumentDate("award-submission", row.id);
  return named({ ...data, dateOverride }, awardSubmissionActDate(row, dateOverride));
}
export type AwardSubmissionDocData = NonNullable<Awaited<ReturnType<typeof loadAwardSubmissionDoc>>>;

export async function loadAchievementReportDoc(nomineeId: string, visible: Prisma.BlocWhereInput, viewer: AppSession) {
  const nominee = await db.awardNominee.findFirst({
    where: { id: nomineeId, proposal: { blocYear: { bloc: visible } } },
    include: {
      unit: { select: issuerUnit },
      awardForm: { select: { id: true, code: true, name: true, position: true } },
      proposal: { include: proposalInclude },
    },
  });
  if (!nominee) return null;
  const { proposal, ...rest } = nominee;
  const data = await shapeProposal(proposal);
  const year = { leaderUnitId: data.blocYear.leaderUnitId, memberUnitIds: memberIds(data.blocYear) };
  if (!canSeeDossier(viewer, year, data.snapshot?.status ?? null, [rest.unitId])) return null;
  const dateOverride = await loadDocumentDate("achievement-report", rest.id);
  // Undated and not yet submitted, the report carries the year it is drawn in (Vietnam time).
  const actDate = achievementReportActDate(dateOverride, data.proposal.submittedAt, Number(vnYear.format(new Date())));
  const facts = await reportFacts(db, data.blocYear.id, rest.unitId);
  return named({ ...data, nominee: rest, dateOverride, actDate, facts }, actDate);
}

const vnYear = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" });
export type AchievementReportDocData = NonNullable<Awaited<ReturnType<typeof loadAchievementReportDoc>>>;
