import "server-only";
import { db } from "@/lib/db";
import { sortByVi } from "@/lib/format/vi";
import { checkNominees } from "@/lib/awards/quota";
import { approvedRanking, formQuotas } from "@/lib/awards/sources";

// Reads for a bloc year the caller has already been allowed to see (getBlocYear), and the catalogue.

export async function listAwardForms(opts: { includeArchived?: boolean } = {}) {
  return db.awardForm.findMany({
    where: opts.includeArchived ? {} : { archivedAt: null },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    include: { _count: { select: { quotas: true, nominees: true } } },
  });
}

/**
 * Everything the awards page of a bloc year shows: forms with their quotas, the approved ranking
 * (null until the board approves one), the proposal with its nominees, and what would stop it
 * being submitted now (the same check the submission runs).
 */
export async function getAwardsOfYear(blocYearId: string) {
  const members = sortByVi(
    (await db.blocMember.findMany({ where: { blocYearId }, select: { unit: { select: { id: true, name: true } } } })).map((m) => m.unit),
    (u) => u.name,
  );
  const [forms, ranking, proposal] = await Promise.all([
    formQuotas(db, blocYearId, members.length),
    approvedRanking(db, blocYearId),
    db.awardProposal.findUnique({
      where: { blocYearId },
      include: {
        nominees: { orderBy: [{ awardForm: { position: "asc" } }, { position: "asc" }, { id: "asc" }], include: { unit: { select: { name: true } } } },
      },
    }),
  ]);
  const nominees = proposal?.nominees.map((n) => ({ unitId: n.unitId, unitName: n.unit.name, awardFormId: n.awardFormId })) ?? [];
  const problems = ranking && proposal ? checkNominees(nominees, forms, ranking.data.rows) : [];
  return { members, forms, ranking, proposal, problems };
}

export type AwardsOfYear = Awaited<ReturnType<typeof getAwardsOfYear>>;
