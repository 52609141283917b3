// The sheets of a year whose ranking is signed off or approved are locked (lib/blocs/year-lock.ts).
// Every score write holds the year's row (lib/blocs/year-lock.ts) before it reads whether they
// are, and keeps it until it commits; a sign-off takes the row exclusively. So a write either lands
// before the sign-off, which then reads it into its snapshot, or sees the sign-off and is refused
// (docs/SECURITY.md, "Writes against a lock").
import type { Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { auditRefusal } from "@/lib/audit/refusal";
import { holdSheetYear, holdYear, yearLocked } from "@/lib/blocs/year-lock";
import { DomainError } from "@/lib/errors";

export const lockedError = () => new DomainError("scoring.errors.locked");

/** Holds the year for a score write; refused when its ranking locks the sheets. */
export async function guardYearSheets(tx: Tx, blocYearId: string) {
  await holdYear(tx, blocYearId, "write");
  if (await yearLocked(tx, blocYearId)) throw lockedError();
}

type SheetState = {
  id: string;
  blocYearId: string;
  unitId: string;
  status: "DRAFT" | "SUBMITTED" | "RETURNED";
  resubmitBy: Date | null;
  lockedAt: Date | null;
};

/**
 * For a write beside a sheet rather than to it (an evidence file): holds the sheet's year, then
 * the sheet's row FOR SHARE, so a submit or a save of the sheet waits for the write and the write
 * for them; the sheet as it stands. Refused as stale when the sheet is no longer in `blocYearId`
 * (moved to another bloc meanwhile). Prisma's query API has no FOR SHARE, hence SQL.
 */
export async function shareSheet(tx: Tx, sheetId: string, blocYearId: string): Promise<SheetState> {
  if ((await holdSheetYear(tx, sheetId)) !== blocYearId) throw new DomainError("scoring.errors.stale");
  const [sheet] = await tx.$queryRaw<SheetState[]>`
    SELECT id, "blocYearId", "unitId", status::text AS status, "resubmitBy", "lockedAt" FROM "ScoreSheet" WHERE id = ${sheetId} FOR SHARE`;
  return sheet;
}

/**
 * Runs a sheet write; when it is refused because the ranking has locked the sheet, the
 * attempt is put on record in its own transaction (the refused one has rolled back).
 */
export async function refusingLocked<T>(
  actor: AppSession,
  attempted: string,
  target: { sheetId?: string; blocYearId?: string; unitId?: string | null },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError && error.key === "scoring.errors.locked") {
      await auditRefusal(actor, {
        action: "score.refused_locked",
        entityType: "ScoreSheet",
        entityId: target.sheetId ?? null,
        after: { attempted, ...target },
      });
    }
    throw error;
  }
}
