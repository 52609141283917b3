import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { canManageAwardForms } from "@/lib/awards/policy";
import { checkNominees } from "@/lib/awards/quota";
import { approvedRanking, formQuotas } from "@/lib/awards/sources";
import { visibleYearWhere } from "@/lib/blocs/policy";
import { sortByVi } from "@/lib/format/vi";
import { registeredTitles } from "@/lib/registrations/registered";

/** The catalogue of award forms, for whoever keeps it; empty for anyone else. */
export async function listAwardForms(session: AppSession, opts: { includeArchived?: boolean } = {}) {
  if (!canManageAwardForms(session)) return [];
  return db.awardForm.findMany({
    where: opts.includeArchived ? {} : { archivedAt: null },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    include: { _count: { select: { quotas: true, nominees: true } } },
  });
}

/**
 * Everything the awards page of a bloc year shows: forms with their quotas, the approved ranking
 * (null until the board approves one), the proposal with its nominees, and what would stop it
 * being submitted now (the same check the submission runs), and what the units registered (a
 * nominee for a title its unit did not register is flagged, lib/registrations/registered.ts). Null when the caller may not see the year.
 */
export async function getAwardsOfYear(session: AppSession, blocYearId: string) {
  if ((await db.blocYear.count({ where: visibleYearWhere(session, blocYearId) })) === 0) return null;
  const members = sortByVi(
    (await db.blocMember.findMany({ where: { blocYearId }, select: { unit: { select: { id: true, name: true } } } })).map((m) => m.unit),
    (u) => u.name,
  );
  const [forms, ranking, proposal, registered] = await Promise.all([
    formQuotas(db, blocYearId, members.length),
    approvedRanking(db, blocYearId),
    db.awardProposal.findUnique({
      where: { blocYearId },
      include: {
        nominees: { orderBy: [{ awardForm: { position: "asc" } }, { position: "asc" }, { id: "asc" }], include: { unit: { select: { name: true } } } },
      },
    }),
    registeredTitles(db, blocYearId),
  ]);
  const nominees = proposal?.nominees.map((n) => ({ unitId: n.unitId, unitName: n.unit.name, awardFormId: n.awardFormId })) ?? [];
  const problems = ranking && proposal ? checkNominees(nominees, forms, ranking.data.rows) : [];
  return { members, forms, ranking, proposal, problems, registered };
}

export type AwardsOfYear = NonNullable<Awaited<ReturnType<typeof getAwardsOfYear>>>;
