import type { AppSession } from "@/lib/auth/session-types";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatNumber } from "@/lib/format/vi";
import { readCouncilSettings } from "@/lib/council/settings";
import { lockQuota } from "./quota-sql";

/*
 * What may be uploaded per unit and year (docs/SECURITY.md, "Upload quotas"): the files of a
 * unit's officers (evidence, conference and activity files) in bloc years of one calendar year
 * together stay under CouncilSettings.uploadQuotaMb, which the administrator sets on the settings
 * page. Staff without a unit (board, council, administrators) are each counted on their own.
 */

const MB = 2 ** 20;

export type QuotaHolder = { unitId: string | null; userId: string };

export const quotaHolder = (actor: Pick<AppSession, "unitId" | "userId">): QuotaHolder => ({ unitId: actor.unitId, userId: actor.userId });

const holderWhere = (holder: QuotaHolder) => (holder.unitId ? { unitId: holder.unitId } : { unitId: null, uploadedById: holder.userId });

/** Bytes the holder's stored files of `year` take. */
export async function usedBytes(client: Pick<Tx, "attachment">, holder: QuotaHolder, year: number): Promise<number> {
  const sum = await client.attachment.aggregate({ _sum: { size: true }, where: { ...holderWhere(holder), blocYear: { year } } });
  return sum._sum.size ?? 0;
}

const quotaBytes = async (client: Tx) => (await readCouncilSettings(client)).uploadQuotaMb * MB;

const mb = (bytes: number) => formatNumber(bytes / MB, 1);

/**
 * Refuses a file of `size` bytes that would take the holder past the year's quota, saying what is
 * used and what is allowed. Inside the upload's transaction it first locks the holder and year, so
 * parallel uploads are counted one after the other; with `early`, outside any transaction, it is
 * the check that spares writing a file that could not be kept.
 */
export async function assertQuota(client: Tx, holder: QuotaHolder, blocYearId: string, size: number, { early = false } = {}) {
  const { year } = await client.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { year: true } });
  if (!early) await lockQuota(client, `${holder.unitId ? `unit:${holder.unitId}` : `user:${holder.userId}`}:${year}`);
  const used = await usedBytes(client, holder, year);
  const limit = await quotaBytes(client);
  if (used + size > limit) throw new DomainError("attachments.errors.quota", { year: String(year), used: mb(used), limit: mb(limit), size: mb(size) });
}
