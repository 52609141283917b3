import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { unitResults } from "@/lib/overview/results";
import { compareVi } from "@/lib/format/vi";
import { withNamesAt } from "@/lib/reorg/document-names";
import { canReorganise } from "@/lib/reorg/policy";
import { canViewUnits } from "@/lib/units/policy";

const brief = { select: { id: true, name: true, shortName: true } } as const;

/**
 * Every merge, rename and dissolution, newest first, with the names a rename retired and the units
 * involved named as on the day it took effect: a merge of March 2025 into a unit renamed in July
 * reads as its decision did.
 */
export async function listUnitChanges(session: AppSession) {
  if (!canReorganise(session)) return [];
  const changes = await db.unitChange.findMany({
    orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
    include: { successor: brief, ended: { include: { unit: brief } }, names: { select: { name: true } } },
  });
  return Promise.all(changes.map((c) => withNamesAt(db, c, c.effectiveDate)));
}

/** Every re-division, newest first, with each unit moved and the blocs it left and joined. */
export async function listRedivisions(session: AppSession) {
  if (!canReorganise(session)) return [];
  const bloc = { select: { year: true, bloc: { select: { id: true, name: true } } } } as const;
  return db.blocRedivision.findMany({
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    include: { moves: { include: { unit: brief, from: bloc, to: bloc } } },
  });
}

/** Working units (neither archived nor ended) for the merge, rename and dissolve pickers, in Vietnamese order. */
export async function workingUnitOptions(session: AppSession) {
  if (!canReorganise(session)) return [];
  const units = await db.unit.findMany({ where: { archivedAt: null, endedBy: null }, select: { id: true, name: true, shortName: true, code: true } });
  return units.sort((a, b) => compareVi(a.name, b.name));
}

/** The re-division form of one year: the blocs that have that year, and each working unit with its bloc then; null for a caller who may not re-divide. */
export async function redivisionForm(session: AppSession, year: number) {
  if (!canReorganise(session)) return null;
  const [years, units] = await Promise.all([
    db.blocYear.findMany({
      where: { year, bloc: { archivedAt: null } },
      select: { leaderUnitId: true, deputyUnitId: true, bloc: { select: { id: true, name: true } } },
    }),
    db.unit.findMany({
      where: { archivedAt: null, endedBy: null },
      select: {
        id: true,
        name: true,
        memberships: { where: { year }, select: { blocYear: { select: { blocId: true, leaderUnitId: true, deputyUnitId: true } } } },
      },
    }),
  ]);
  const blocs = years.map((y) => y.bloc).sort((a, b) => compareVi(a.name, b.name));
  const rows = units.map((u) => {
    const by = u.memberships[0]?.blocYear ?? null;
    return { id: u.id, name: u.name, blocId: by?.blocId ?? null, leads: by !== null && (by.leaderUnitId === u.id || by.deputyUnitId === u.id) };
  });
  return { blocs, units: rows.sort((a, b) => compareVi(a.name, b.name)) };
}

/** The names a unit bore before its renames, oldest first. */
export async function pastNames(session: AppSession, unitId: string) {
  if (!canViewUnits(session)) return [];
  return db.unitName.findMany({ where: { unitId }, orderBy: { validUntil: "asc" } });
}

/** The change that ended the unit (merged into a successor, or dissolved), or null. */
export async function unitEnding(session: AppSession, unitId: string) {
  if (!canViewUnits(session)) return null;
  const row = await db.unitChangeUnit.findUnique({ where: { unitId }, include: { change: { include: { successor: brief } } } });
  return row?.change ?? null;
}

export type PredecessorYear = {
  unitId: string;
  unitName: string;
  year: number;
  blocId: string;
  blocName: string;
  role: "leader" | "deputy" | "member";
  total: number | null;
  rank: number | null;
  of: number | null;
  awards: string[];
};

/** Units merged into this one, and into those before it, following the chain back. */
async function predecessorsOf(unitId: string) {
  const found: { id: string; name: string; shortName: string; effectiveDate: Date; decisionNo: string }[] = [];
  let frontier = [unitId];
  const seen = new Set(frontier);
  while (frontier.length > 0) {
    const rows = await db.unitChangeUnit.findMany({
      where: { change: { kind: "MERGE", successorId: { in: frontier } } },
      include: { unit: brief, change: { select: { effectiveDate: true, decisionNo: true } } },
    });
    frontier = rows.map((r) => r.unitId).filter((id) => !seen.has(id));
    for (const r of rows) if (!seen.has(r.unitId)) found.push({ ...r.unit, effectiveDate: r.change.effectiveDate, decisionNo: r.change.decisionNo });
    frontier.forEach((id) => seen.add(id));
  }
  return found;
}

/**
 * The history the successor carries (docs/reorganisation.md): each predecessor's years in the
 * blocs the caller may see, with its role, its total and rank where approved, and the awards decided.
 */
export async function predecessorHistory(session: AppSession, unitId: string) {
  const predecessors = await predecessorsOf(unitId);
  const years: PredecessorYear[] = [];
  for (const p of predecessors) {
    const [memberships, results, awards] = await Promise.all([
      db.blocMember.findMany({
        where: { unitId: p.id, blocYear: { bloc: visibleBlocsWhere(session) } },
        select: { year: true, blocYear: { select: { leaderUnitId: true, deputyUnitId: true, bloc: { select: { id: true, name: true } } } } },
      }),
      unitResults(session, p.id),
      db.awardNominee.findMany({
        where: { unitId: p.id, awarded: true, proposal: { status: "DECIDED", blocYear: { bloc: visibleBlocsWhere(session) } } },
        select: { awardForm: { select: { name: true } }, proposal: { select: { blocYear: { select: { year: true } } } } },
      }),
    ]);
    for (const m of memberships) {
      const result = results.find((r) => r.year === m.year && r.blocId === m.blocYear.bloc.id);
      const role = m.blocYear.leaderUnitId === p.id ? "leader" : m.blocYear.deputyUnitId === p.id ? "deputy" : "member";
      years.push({
        unitId: p.id,
        unitName: p.shortName,
        year: m.year,
        blocId: m.blocYear.bloc.id,
        blocName: m.blocYear.bloc.name,
        role,
        total: result?.total ?? null,
        rank: result?.rank ?? null,
        of: result?.of ?? null,
        awards: awards.filter((a) => a.proposal.blocYear.year === m.year).map((a) => a.awardForm.name),
      });
    }
  }
  years.sort((a, b) => b.year - a.year || compareVi(a.unitName, b.unitName));
  return { predecessors, years };
}
