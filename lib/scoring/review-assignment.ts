// The board (or the leader) confirms the balanced cross-review proposal (lib/scoring/cross-review.ts):
// every member's reviewer written at once, in one transaction with its audit entry, the year held
// first like every sheet write (lib/scoring/sheet-lock.ts). Changing one afterwards is assignReviewer.
import { db, type Db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import { sortByVi } from "@/lib/format/vi";
import { balancedAssignment } from "@/lib/scoring/cross-review";
import { guardYearSheets, lockedError, refusingLocked } from "@/lib/scoring/sheet-lock";

/** The year's members as the proposal orders them (by name), with their parent bodies. */
export async function reviewUnits(client: Db | Tx, blocYearId: string) {
  const members = await client.blocMember.findMany({ where: { blocYearId }, select: { unit: { select: { id: true, name: true, parentBody: true } } } });
  return sortByVi(
    members.map((m) => m.unit),
    (u) => u.name,
  );
}

export async function confirmBalancedReview(actor: AppSession, blocYearId: string) {
  return refusingLocked(actor, "score.assignReviewers", { blocYearId }, () =>
    db.$transaction(async (tx) => {
      await guardYearSheets(tx, blocYearId);
      const proposal = balancedAssignment(await reviewUnits(tx, blocYearId));
      if (!proposal) throw new DomainError("scoring.errors.tooFewToBalance");
      const before = await tx.scoreSheet.findMany({ where: { blocYearId }, select: { unitId: true, reviewerUnitId: true, lockedAt: true } });
      if (before.some((s) => s.lockedAt)) throw lockedError();
      for (const [unitId, reviewerUnitId] of proposal) {
        await tx.scoreSheet.upsert({
          where: { blocYearId_unitId: { blocYearId, unitId } },
          create: { blocYearId, unitId, reviewerUnitId },
          update: { reviewerUnitId, version: { increment: 1 } },
        });
      }
      await writeAudit(tx, actor, {
        action: "score.assignReviewers",
        entityType: "BlocYear",
        entityId: blocYearId,
        before: Object.fromEntries(before.map((s) => [s.unitId, s.reviewerUnitId])),
        after: Object.fromEntries(proposal),
      });
      return { count: proposal.size };
    }),
  );
}
