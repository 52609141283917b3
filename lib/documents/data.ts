import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compareVi } from "@/lib/format/vi";

// Loaders for the three official documents. `visible` is the caller's bloc filter
// (visibleBlocsWhere(session)); a row outside it is reported as missing (null).

const yearInclude = {
  bloc: { select: { id: true, code: true, name: true, kind: true } },
  leader: { select: { id: true, name: true, headName: true, headTitle: true } },
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

export async function loadPledgeDoc(id: string, visible: Prisma.BlocWhereInput = {}) {
  const pledge = await db.pledge.findFirst({
    where: { id, blocYear: { bloc: visible } },
    include: {
      blocYear: { include: { ...yearInclude, conferences: { where: { kind: "SIGNING" }, orderBy: { date: "asc" }, select: { date: true } } } },
      items: { orderBy: { position: "asc" } },
      signatures: { include: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!pledge) return null;
  const { conferences, ...year } = pledge.blocYear;
  return { ...pledge, blocYear: shapeYear(year), signingConferenceDate: conferences[0]?.date ?? null };
}
export type PledgeDocData = NonNullable<Awaited<ReturnType<typeof loadPledgeDoc>>>;

export async function loadMinutesDoc(conferenceId: string, visible: Prisma.BlocWhereInput = {}) {
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
  return { ...conference, blocYear: shapeYear(conference.blocYear) };
}
export type MinutesDocData = NonNullable<Awaited<ReturnType<typeof loadMinutesDoc>>>;

export async function loadPlanDoc(blocYearId: string, visible: Prisma.BlocWhereInput = {}) {
  const year = await db.blocYear.findFirst({
    where: { id: blocYearId, bloc: visible },
    include: {
      ...yearInclude,
      planItems: { orderBy: [{ position: "asc" }, { startDate: "asc" }], include: { host: { select: { id: true, name: true } } } },
    },
  });
  if (!year) return null;
  const { planItems, ...rest } = year;
  return { blocYear: shapeYear(rest), planItems };
}
export type PlanDocData = NonNullable<Awaited<ReturnType<typeof loadPlanDoc>>>;
