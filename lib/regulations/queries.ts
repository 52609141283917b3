import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { yearContextOf, yearContextSelect } from "@/lib/blocs/year-context";

const linked = {
  conference: { select: { id: true, title: true, date: true, blocYear: { select: { year: true } } } },
  decision: { select: { id: true, title: true, number: true, issuedOn: true } },
} as const;

/**
 * The regulation in force in a bloc (the one adopted last; adopting supersedes the one before),
 * for a caller who may see the bloc; null when none has been adopted. The rules the app applies
 * (quorum, quotas, tie-breaks) cite it.
 */
export async function regulationInForce(session: AppSession, blocId: string) {
  return db.regulation.findFirst({
    where: { status: "ADOPTED", blocYear: { blocId, bloc: visibleBlocsWhere(session) } },
    orderBy: [{ adoptedOn: "desc" }, { updatedAt: "desc" }],
    select: { id: true, title: true, adoptedOn: true, ...linked },
  });
}

export type RegulationInForce = NonNullable<Awaited<ReturnType<typeof regulationInForce>>>;

/**
 * A bloc's regulation versions for a caller who may see the bloc (else null), newest first, with
 * their files, and what an adoption may cite: the bloc's conferences and its library's decisions.
 */
export async function getRegulations(session: AppSession, blocId: string) {
  const bloc = await db.bloc.findFirst({
    where: { AND: [{ id: blocId }, visibleBlocsWhere(session)] },
    select: { id: true, name: true, years: { orderBy: { year: "desc" }, select: yearContextSelect } },
  });
  if (!bloc) return null;
  const inBloc = { blocYear: { blocId } };
  const [versions, conferences, decisions] = await Promise.all([
    db.regulation.findMany({
      where: inBloc,
      orderBy: [{ createdAt: "desc" }],
      select: { id: true, blocYearId: true, title: true, text: true, status: true, adoptedOn: true, blocYear: { select: { year: true } }, ...linked },
    }),
    db.conference.findMany({ where: inBloc, orderBy: { date: "desc" }, select: { id: true, title: true, date: true } }),
    db.libraryDocument.findMany({
      where: { ...inBloc, kind: { in: ["REGULATION", "MEMBERSHIP_DECISION", "LEADERSHIP_DECISION", "OTHER"] } },
      orderBy: { issuedOn: "desc" },
      select: { id: true, title: true, number: true },
    }),
  ]);
  const files = await db.attachment.findMany({
    where: { ownerType: "regulation", ownerId: { in: versions.map((v) => v.id) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileName: true, ownerId: true },
  });
  const fileOf = (id: string) => files.find((f) => f.ownerId === id) ?? null;
  return {
    bloc: { id: bloc.id, name: bloc.name },
    years: bloc.years.map(yearContextOf),
    versions: versions.map(({ blocYear, ...v }) => ({ ...v, year: blocYear.year, file: fileOf(v.id) })),
    conferences,
    decisions,
  };
}

export type Regulations = NonNullable<Awaited<ReturnType<typeof getRegulations>>>;
export type RegulationVersion = Regulations["versions"][number];

/** The versions a conference adopted, for a caller who may see its bloc: its page links to them. */
export async function regulationsAdoptedAt(session: AppSession, conferenceId: string) {
  return db.regulation.findMany({
    where: { conferenceId, blocYear: { bloc: visibleBlocsWhere(session) } },
    orderBy: { adoptedOn: "desc" },
    select: { id: true, title: true, status: true },
  });
}
