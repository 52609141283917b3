// Whether a bloc year's data is locked, and the row locks that make that answer hold: how a write to the year's data and a change of what locks it
// take turns (docs/SECURITY.md, "Writes against a lock"). A write holds its year's row from before
// it reads whether its data is locked until it commits; a change of the lock (a sign-off, an
// approval, a return, a reopen) takes the row exclusively, so it waits for the writes in flight and
// they wait for it: a write lands wholly before the lock or sees it. The year's row is always taken
// first, before any finer row (a sheet, a snapshot, a pledge), and several years in id order, so no
// two transactions wait on each other's rows in opposite orders.
// Prisma's query API takes no row locks, hence SQL.
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RankingStatus } from "@/lib/generated/prisma/enums";

// ── The lock: a year's sheets are locked while its ranking's latest snapshot is signed off or approved ──

/** A signed-off or approved ranking locks the year's sheets; a returned or reopened one does not. */
export const locksYear = (status: RankingStatus | null | undefined) => status === "SIGNED_OFF" || status === "APPROVED";

/** The latest snapshot is the ranking's current state; older ones are its history. */
export const LATEST_SNAPSHOT_FIRST: Prisma.RankingSnapshotOrderByWithRelationInput[] = [{ signedAt: "desc" }, { id: "desc" }];

/** The status of the year's ranking now: its latest snapshot's, null before any sign-off. */
export async function rankingStatus(client: Db | Tx, blocYearId: string): Promise<RankingStatus | null> {
  const latest = await client.rankingSnapshot.findFirst({ where: { blocYearId }, orderBy: LATEST_SNAPSHOT_FIRST, select: { status: true } });
  return latest?.status ?? null;
}

/** The same for many years in one query; a year without a snapshot is absent. */
export async function rankingStatuses(client: Db | Tx, blocYearIds: readonly string[]): Promise<Map<string, RankingStatus>> {
  const snapshots = await client.rankingSnapshot.findMany({
    where: { blocYearId: { in: [...blocYearIds] } },
    orderBy: LATEST_SNAPSHOT_FIRST,
    select: { blocYearId: true, status: true },
  });
  const statuses = new Map<string, RankingStatus>();
  for (const s of snapshots) if (!statuses.has(s.blocYearId)) statuses.set(s.blocYearId, s.status);
  return statuses;
}

/** Whether the year's ranking is signed off or approved now: no sheet may be created or changed. */
export async function yearLocked(client: Db | Tx, blocYearId: string): Promise<boolean> {
  return locksYear(await rankingStatus(client, blocYearId));
}

/** Whether the year's ranking is approved now: the members then see each other's sheets. */
export async function rankingApproved(client: Db | Tx, blocYearId: string): Promise<boolean> {
  return (await rankingStatus(client, blocYearId)) === "APPROVED";
}

// ── Row locks ──

/**
 * - write (FOR KEY SHARE): a write of the year's data. Writes go on side by side, and beside a bulk
 *   write; only a change of the lock waits for them or makes them wait.
 * - bulk (FOR NO KEY UPDATE): a write across every bloc of a calendar year (the score import, a
 *   redivision): one at a time, and never beside a change of the lock.
 * - status (FOR SHARE): a write whose lock includes the year's own row, a document's date (a
 *   closed year has issued its documents): closing the year, an UPDATE of the row, waits for it too.
 * - lock (FOR UPDATE): a change of the lock, and a ballot, which must see the ranking as it stands.
 */
const MODES = {
  write: Prisma.sql`FOR KEY SHARE`,
  bulk: Prisma.sql`FOR NO KEY UPDATE`,
  status: Prisma.sql`FOR SHARE`,
  lock: Prisma.sql`FOR UPDATE`,
} as const;

export type YearHold = keyof typeof MODES;

/** Holds the bloc year's row in `mode` until the transaction ends. */
export async function holdYear(tx: Tx, blocYearId: string, mode: YearHold) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "BlocYear" WHERE id = ${blocYearId} ${MODES[mode]}`;
  if (rows.length === 0) throw new NotFoundError();
}

/** Holds every bloc year of a calendar year, in id order. */
export async function holdYearsOf(tx: Tx, year: number, mode: YearHold) {
  await tx.$queryRaw`SELECT id FROM "BlocYear" WHERE year = ${year} ORDER BY id ${MODES[mode]}`;
}

/** Holds the year of a score sheet for a write, in one round trip; the year's id. */
export async function holdSheetYear(tx: Tx, sheetId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT y.id FROM "BlocYear" y JOIN "ScoreSheet" s ON s."blocYearId" = y.id WHERE s.id = ${sheetId} FOR KEY SHARE OF y`;
  if (rows.length === 0) throw new NotFoundError();
  return rows[0].id;
}
