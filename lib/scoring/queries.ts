import "server-only";
import { balancedAssignment, reviewFlags, type ReviewFlag } from "@/lib/scoring/cross-review";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { NotFoundError } from "@/lib/errors";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import { sortByVi } from "@/lib/format/vi";
import { diffLayers, effectiveValue, type LayersDiff } from "@/lib/scoring/layers";
import {
  canAppraiseSheet,
  canEditSelf,
  canFinishReview,
  canReturnSheet,
  canReviewSheet,
  canSubmitSheet,
  canViewAllSheets,
  canViewSheet,
} from "@/lib/scoring/policy";
import { rankingApproved } from "@/lib/blocs/year-lock";
import { sheetEvidence } from "@/lib/scoring/evidence-data";
import { layersOf, loadRound, loadScoringSet } from "@/lib/scoring/sheet-data";
import { sheetTotals } from "@/lib/scoring/totals";
import { selfClosesAt, selfEditable, selfWindowState, type SelfWindowState } from "@/lib/scoring/window";
import type { CriteriaNode } from "@/lib/criteria/types";
import type { LeafLayers } from "@/lib/scoring/layers";

export type DashboardRow = {
  unitId: string;
  unitName: string;
  sheetId: string | null;
  status: "NONE" | "DRAFT" | "SUBMITTED" | "RETURNED";
  reviewerUnitId: string | null;
  updatedAt: Date | null;
  closesAt: Date | null;
  total: number | null;
  reviewed: boolean;
  /** When the reviewer marked the review finished (lib/scoring/review-finish.ts). */
  reviewFinishedAt: Date | null;
  /** What is wrong with its reviewer: a pair reviewing each other, a parent or child body (lib/scoring/cross-review.ts). */
  flags: ReviewFlag[];
};

/** Each member's sheet for those who see them all; null for anyone else. */
export async function getDashboard(session: AppSession, year: BlocYearContext) {
  const round = await loadRound(db, year.id);
  if (!canViewAllSheets(session, year)) return { round, rows: null };
  const [units, sheets, set] = await Promise.all([
    db.unit.findMany({ where: { id: { in: year.memberUnitIds } }, select: { id: true, name: true, parentBody: true } }),
    db.scoreSheet.findMany({ where: { blocYearId: year.id }, include: { entries: true } }),
    loadScoringSet(db, year.id),
  ]);
  const byUnit = new Map(sheets.map((s) => [s.unitId, s]));
  const flags = reviewFlags(units, new Map(sheets.map((s) => [s.unitId, s.reviewerUnitId])));
  const rows: DashboardRow[] = sortByVi(units, (u) => u.name).map((u) => {
    const sheet = byUnit.get(u.id);
    const layers = sheet && set ? layersOf(set, sheet.entries) : [];
    const total =
      set && sheet
        ? sheetTotals(
            set.tree,
            layers.map((l) => ({ leafCode: l.leafCode, value: effectiveValue(l, "appraised") })),
          ).total
        : null;
    return {
      unitId: u.id,
      unitName: u.name,
      sheetId: sheet?.id ?? null,
      status: sheet?.status ?? "NONE",
      reviewerUnitId: sheet?.reviewerUnitId ?? null,
      updatedAt: sheet?.updatedAt ?? null,
      closesAt: round ? selfClosesAt(round, u.id, sheet ?? null) : null,
      total,
      reviewed: layers.some((l) => l.reviewed || l.appraised),
      reviewFinishedAt: sheet?.reviewFinishedAt ?? null,
      flags: flags.get(u.id) ?? [],
    };
  });
  const sorted = sortByVi(units, (u) => u.name);
  // The balanced assignment to propose, in the order confirmBalancedReview writes it (lib/scoring/review-assignment.ts).
  const proposal = balancedAssignment(sorted);
  return {
    round,
    rows,
    units: sorted.map(({ id, name }) => ({ id, name })),
    proposal: proposal && [...proposal].map(([unitId, reviewerUnitId]) => ({ unitId, reviewerUnitId })),
  };
}

export type SheetLeafRow = {
  code: string;
  nodeId: string;
  layers: LeafLayers;
  evidence: { id: string; fileName: string }[];
};

export type SheetView = {
  unitId: string;
  unitName: string;
  sheet: {
    id: string;
    status: "DRAFT" | "SUBMITTED" | "RETURNED";
    version: number;
    reviewerUnitId: string | null;
    headApprovedBy: string | null;
    submittedAt: Date | null;
    returnedAt: Date | null;
    returnReason: string | null;
    /** A returned sheet's resubmission deadline. */
    resubmitBy: Date | null;
    lockedAt: Date | null;
    updatedAt: Date;
    /** The reviewer's "review finished" (lib/scoring/review-finish.ts). */
    reviewFinishedAt: Date | null;
    reviewFinishedBy: string | null;
  } | null;
  setStatus: "DRAFT" | "PUBLISHED" | null;
  tree: CriteriaNode[];
  leaves: SheetLeafRow[];
  diff: LayersDiff | null;
  window: SelfWindowState;
  /** Until when the unit may work on the sheet: its close, or a returned sheet's later resubmission deadline. */
  closesAt: Date | null;
  can: { edit: boolean; submit: boolean; return: boolean; review: boolean; appraise: boolean; finishReview: boolean };
};

/** One unit's sheet, for whoever may see it; anyone else gets "not found" (rule 2). */
export async function getSheetView(session: AppSession, year: BlocYearContext, unitId: string, now = new Date()): Promise<SheetView> {
  if (!year.memberUnitIds.includes(unitId)) throw new NotFoundError();
  const sheet = await db.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId: year.id, unitId } } });
  const ref = { unitId, reviewerUnitId: sheet?.reviewerUnitId ?? null };
  if (!canViewSheet(session, year, ref, await rankingApproved(db, year.id))) throw new NotFoundError();
  const [unit, set, round, entries, files] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } }),
    loadScoringSet(db, year.id),
    loadRound(db, year.id),
    sheet ? db.scoreEntry.findMany({ where: { sheetId: sheet.id } }) : Promise.resolve([]),
    sheet ? sheetEvidence(db, sheet.id) : Promise.resolve([]),
  ]);
  const published = set?.status === "PUBLISHED";
  const layers = set ? layersOf(set, entries) : [];
  const leaves: SheetLeafRow[] = set
    ? layers.map((l) => {
        const nodeId = set.nodeIdByCode.get(l.leafCode)!;
        return { code: l.leafCode, nodeId, layers: l, evidence: files.filter((f) => f.nodeId === nodeId).map((f) => ({ id: f.id, fileName: f.fileName })) };
      })
    : [];
  const state = selfWindowState(round, unitId, sheet, now);
  const editable = published && selfEditable(state) && (!sheet || (sheet.status !== "SUBMITTED" && !sheet.lockedAt));
  const submitted = sheet?.status === "SUBMITTED" && !sheet.lockedAt;
  return {
    unitId,
    unitName: unit.name,
    sheet: sheet && {
      id: sheet.id,
      status: sheet.status,
      version: sheet.version,
      reviewerUnitId: sheet.reviewerUnitId,
      headApprovedBy: sheet.headApprovedBy,
      submittedAt: sheet.submittedAt,
      returnedAt: sheet.returnedAt,
      returnReason: sheet.returnReason,
      resubmitBy: sheet.resubmitBy,
      lockedAt: sheet.lockedAt,
      updatedAt: sheet.updatedAt,
      reviewFinishedAt: sheet.reviewFinishedAt,
      reviewFinishedBy: sheet.reviewFinishedBy,
    },
    setStatus: set?.status ?? null,
    tree: set?.tree ?? [],
    leaves,
    diff: set && sheet ? diffLayers(set.tree, layers) : null,
    window: state,
    closesAt: round ? selfClosesAt(round, unitId, sheet) : null,
    can: {
      edit: editable && canEditSelf(session, year, unitId),
      submit: editable && !!sheet && canSubmitSheet(session, year, unitId),
      return: !!submitted && canReturnSheet(session, year, ref),
      review: !!submitted && published && !sheet.reviewFinishedAt && canReviewSheet(session, year, ref),
      appraise: !!submitted && published && canAppraiseSheet(session, year, ref),
      finishReview: !!submitted && published && !sheet.reviewFinishedAt && canFinishReview(session, year, ref),
    },
  };
}
