import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { removesLeadership } from "@/lib/blocs/membership";
import { holdYearsOf } from "@/lib/blocs/year-lock";
import { isFutureDay } from "@/lib/format/vi";
import { DomainError, NotFoundError } from "@/lib/errors";
import { replacementsFor } from "@/lib/blocs/ended-units";
import { checkSheetMove, moveSheet } from "@/lib/reorg/sheet-move";
import type { RedivideBlocsInput } from "@/lib/reorg/schemas";

/**
 * A council-wide re-division of the blocs for one year: every unit whose bloc differs from the
 * placement sent is moved, in one transaction with the decision and its audit entry. Leaders and
 * deputies stay until the leadership is changed; a moved unit's sheet goes with it
 * (lib/reorg/sheet-move.ts); its signature on the old bloc's pledge stays there as history.
 */
export async function redivideBlocs(actor: AppSession, input: RedivideBlocsInput) {
  if (isFutureDay(input.decisionDate, new Date())) throw new DomainError("reorg.errors.futureDecision");
  return db.$transaction(async (tx) => {
    // Before anything is read: no ranking of the year is signed off, approved or returned while its
    // members and sheets move, and no score import runs (lib/blocs/year-lock.ts).
    await holdYearsOf(tx, input.year, "bulk");
    const years = await tx.blocYear.findMany({
      where: { year: input.year },
      include: { members: { select: { unitId: true } }, bloc: { select: { name: true } } },
    });
    const yearOfBloc = new Map(years.map((y) => [y.blocId, y]));
    const yearOfUnit = new Map(years.flatMap((y) => y.members.map((m) => [m.unitId, y] as const)));
    const unitIds = [...new Set(input.placements.map((p) => p.unitId))];
    const units = new Map(
      (await tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, archivedAt: true } })).map((u) => [u.id, u]),
    );
    if (units.size !== unitIds.length) throw new NotFoundError();
    const gone = await replacementsFor(tx, input.year);

    const moves: { unitId: string; fromBlocYearId: string | null; toBlocYearId: string; sheetMoved: boolean; unit: string; from: string | null; to: string }[] =
      [];
    for (const { unitId, toBlocId } of input.placements) {
      const unit = units.get(unitId)!;
      const from = yearOfUnit.get(unitId) ?? null;
      const to = yearOfBloc.get(toBlocId);
      if (!to) throw new DomainError("reorg.errors.noBlocYear", { year: input.year });
      if (from?.id === to.id || moves.some((m) => m.unitId === unitId)) continue;
      if (unit.archivedAt || gone.has(unitId)) throw new DomainError("reorg.errors.unitGone", { unit: unit.name });
      if (from && removesLeadership(from, [unitId])) throw new DomainError("blocs.errors.leaderMustStay");
      const sheetMoved = from ? await checkSheetMove(tx, unit, from.id, to.id) : false;
      moves.push({
        unitId,
        fromBlocYearId: from?.id ?? null,
        toBlocYearId: to.id,
        sheetMoved,
        unit: unit.name,
        from: from?.bloc.name ?? null,
        to: to.bloc.name,
      });
    }
    if (moves.length === 0) throw new DomainError("reorg.errors.noMoves");

    const redivision = await tx.blocRedivision.create({
      data: {
        year: input.year,
        effectiveDate: input.effectiveDate,
        decisionNo: input.decisionNo,
        decisionDate: input.decisionDate,
        decisionIssuer: input.decisionIssuer,
        createdById: actor.userId,
        moves: { create: moves.map(({ unitId, fromBlocYearId, toBlocYearId, sheetMoved }) => ({ unitId, fromBlocYearId, toBlocYearId, sheetMoved })) },
      },
    });
    // Out of every old bloc first: a unit sits in one bloc a year, so two units may swap blocs.
    await tx.blocMember.deleteMany({ where: { year: input.year, unitId: { in: moves.filter((m) => m.fromBlocYearId).map((m) => m.unitId) } } });
    await tx.blocMember.createMany({ data: moves.map((m) => ({ blocYearId: m.toBlocYearId, year: input.year, unitId: m.unitId })) });
    for (const m of moves) {
      if (m.sheetMoved) await moveSheet(tx, m.unitId, m.fromBlocYearId!, m.toBlocYearId);
      // The new bloc's rotation order takes the unit at its end, as adding a member does.
      const blocId = years.find((y) => y.id === m.toBlocYearId)!.blocId;
      if (!(await tx.blocRotationSlot.findUnique({ where: { blocId_unitId: { blocId, unitId: m.unitId } } }))) {
        const last = await tx.blocRotationSlot.findFirst({ where: { blocId }, orderBy: { position: "desc" } });
        await tx.blocRotationSlot.create({ data: { blocId, unitId: m.unitId, position: (last?.position ?? -1) + 1 } });
      }
    }
    await writeAudit(tx, actor, {
      action: "bloc.redivide",
      entityType: "BlocRedivision",
      entityId: redivision.id,
      after: { ...redivision, moves: moves.map(({ unit, from, to, sheetMoved }) => ({ unit, from, to, sheetMoved })) },
    });
    return { id: redivision.id, moved: moves.length };
  });
}
