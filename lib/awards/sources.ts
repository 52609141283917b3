// What a proposal is built and checked against: the bloc year's approved ranking and the
// quotas of its award forms. Shared by the service (inside its transaction) and the page.
import type { Db, Tx } from "@/lib/db";
import { LATEST_SNAPSHOT_FIRST } from "@/lib/blocs/year-lock";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { quotaLimit, type FormQuota } from "@/lib/awards/quota";

export type ApprovedRanking = { id: string; approvedAt: Date | null; data: RankingSnapshotData };

/**
 * The ranking a proposal may use: the bloc year's latest sign-off, when the board has approved it.
 * A later sign-off, a return or a reopen supersedes an earlier approval, so only the latest counts.
 */
export async function approvedRanking(client: Db | Tx, blocYearId: string): Promise<ApprovedRanking | null> {
  const latest = await client.rankingSnapshot.findFirst({
    where: { blocYearId },
    orderBy: LATEST_SNAPSHOT_FIRST,
    select: { id: true, status: true, approvedAt: true, data: true },
  });
  if (latest?.status !== "APPROVED") return null;
  return { id: latest.id, approvedAt: latest.approvedAt, data: latest.data as unknown as RankingSnapshotData };
}

export type FormWithQuota = FormQuota & { code: string; archived: boolean; maxCount: number | null; percent: number | null };

/**
 * The award forms in catalogue order (the flag first) with the year's quota and its limit for
 * `memberCount` members: the active forms, plus archived ones the year still uses (a quota or a nominee).
 */
export async function formQuotas(client: Db | Tx, blocYearId: string, memberCount: number): Promise<FormWithQuota[]> {
  const forms = await client.awardForm.findMany({
    where: { OR: [{ archivedAt: null }, { quotas: { some: { blocYearId } } }, { nominees: { some: { proposal: { blocYearId } } } }] },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    include: { quotas: { where: { blocYearId } } },
  });
  return forms.map((f) => {
    const quota = f.quotas[0];
    return {
      awardFormId: f.id,
      formName: f.name,
      code: f.code,
      archived: f.archivedAt !== null,
      maxCount: quota?.maxCount ?? null,
      percent: quota?.percent ?? null,
      limit: quota ? quotaLimit(quota, memberCount) : null,
    };
  });
}
