import "server-only";
// The data behind the two exports, each in a fixed number of queries whatever the number of units.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { yearContextOf, yearContextSelect, type BlocYearContext } from "@/lib/blocs/year-context";
import { canExportRanking, canExportSheets } from "@/lib/exports/policy";
import type { RankingStatus } from "@/lib/generated/prisma/enums";
import { asciiCode } from "@/lib/documents/slug";
import { formatDateTime, sortByVi } from "@/lib/format/vi";
import { loadCurrentRanking } from "@/lib/ranking/current";
import { yearEvidenceCounts } from "@/lib/scoring/evidence-data";
import { rankingStatus } from "@/lib/blocs/year-lock";
import { finalValue } from "@/lib/scoring/layers";
import { layersOf, loadScoringSet } from "@/lib/scoring/sheet-data";
import { sheetTotals } from "@/lib/scoring/totals";
import { SHEET_STATUS_VI, type SheetsExport } from "@/lib/exports/sheets-workbook";
import { rankingStatusText, type RankingExport } from "@/lib/exports/ranking-workbook";

const entrySelect = { nodeId: true, layer: true, hundredths: true, passed: true, note: true, byName: true, byUserId: true, at: true } as const;

/** "bang-diem_NOICHINH_2026.xlsx": ASCII, so every browser and mail client keeps it. */
const exportFileName = (what: "bang-diem" | "xep-hang", blocCode: string, year: number) => `${what}_${asciiCode(blocCode) || "KHOI"}_${year}.xlsx`;

type Allowed = (session: AppSession, year: BlocYearContext, rankingStatus: RankingStatus | null) => boolean;

/** Whether the caller may export the year by `allowed` (looked up on the server: a missing year is refused alike). */
async function mayExport(session: AppSession, blocYearId: string, allowed: Allowed) {
  const by = await db.blocYear.findUnique({ where: { id: blocYearId }, select: yearContextSelect });
  if (!by) return false;
  const status = await rankingStatus(db, blocYearId);
  return allowed(session, yearContextOf(by), status);
}

async function yearHeader(blocYearId: string) {
  return db.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { year: true, bloc: { select: { name: true, code: true, kind: true } } } });
}

/**
 * Every member's sheet (a member without one gets an empty sheet of the criteria), final-layer
 * totals and gates; null for a caller who may not export them (canExportSheets).
 */
export async function sheetsExportData(session: AppSession, blocYearId: string, now = new Date()): Promise<{ data: SheetsExport; fileName: string } | null> {
  if (!(await mayExport(session, blocYearId, canExportSheets))) return null;
  const [header, members, set, sheets, evidence, status] = await Promise.all([
    yearHeader(blocYearId),
    db.blocMember.findMany({ where: { blocYearId }, select: { unit: { select: { id: true, name: true, shortName: true } } } }),
    loadScoringSet(db, blocYearId),
    db.scoreSheet.findMany({ where: { blocYearId }, select: { id: true, unitId: true, status: true, entries: { select: entrySelect } } }),
    yearEvidenceCounts(db, blocYearId),
    rankingStatus(db, blocYearId),
  ]);
  const sheetOf = new Map(sheets.map((s) => [s.unitId, s]));
  const units = sortByVi(
    members.map((m) => m.unit),
    (u) => u.name,
  ).map((unit) => {
    const sheet = sheetOf.get(unit.id);
    const layers = set ? layersOf(set, sheet?.entries ?? []) : [];
    const totals =
      set && sheet
        ? sheetTotals(
            set.tree,
            layers.map((l) => ({ leafCode: l.leafCode, value: finalValue(l)?.value ?? null })),
          )
        : null;
    return {
      unitName: unit.name,
      shortName: unit.shortName,
      status: sheet?.status ?? ("NONE" as const),
      totals: totals && { standard: totals.standard, bonus: totals.bonus, deduction: totals.deduction, total: totals.total },
      gates: totals?.gates ?? null,
      leaves: layers.map((l) => {
        const leaf = set!.leafByCode.get(l.leafCode)!;
        const final = finalValue(l);
        return {
          code: leaf.code,
          title: leaf.title,
          kind: leaf.kind,
          max: leaf.maxPoints,
          self: l.self?.value ?? null,
          reviewed: l.reviewed?.value ?? null,
          appraised: l.appraised?.value ?? null,
          final: final?.value ?? null,
          // The reason belongs to a changed layer; the self-score's note is the unit's own remark.
          reason: final && final.layer !== "self" ? final.reason : null,
          evidenceCount: sheet ? (evidence.get(sheet.id)?.get(set!.nodeIdByCode.get(leaf.code)!) ?? 0) : 0,
        };
      }),
    };
  });
  return {
    data: {
      blocName: header.bloc.name,
      blocKind: header.bloc.kind,
      year: header.year,
      state: rankingStatusText({ status, signedAt: null, signerName: null, approvedAt: null }),
      exportedAt: formatDateTime(now),
      units,
    },
    fileName: exportFileName("bang-diem", header.bloc.code, header.year),
  };
}

/** The ranking as everyone reads it (lib/ranking/current.ts): the signed-off snapshot, or live; null for a caller who may not see it. */
export async function rankingExportData(session: AppSession, blocYearId: string, now = new Date()): Promise<{ data: RankingExport; fileName: string } | null> {
  if (!(await mayExport(session, blocYearId, canExportRanking))) return null;
  const [header, current] = await Promise.all([yearHeader(blocYearId), loadCurrentRanking(db, blocYearId)]);
  const snapshot = current.live ? null : current.snapshot;
  return {
    data: {
      blocName: header.bloc.name,
      blocKind: header.bloc.kind,
      year: header.year,
      status: snapshot?.status ?? null,
      signedAt: snapshot?.signedAt ?? null,
      signerName: snapshot?.signerName ?? null,
      approvedAt: snapshot?.approvedAt ?? null,
      exportedAt: formatDateTime(now),
      rows: current.ranking.rows,
      notRanked: sortByVi(current.notRanked, (u) => u.unitName).map((u) => ({ unitName: u.unitName, status: SHEET_STATUS_VI[u.status ?? "NONE"] })),
    },
    fileName: exportFileName("xep-hang", header.bloc.code, header.year),
  };
}
