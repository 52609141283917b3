"use client";

import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format/vi";
import type { ScoreValue } from "@/lib/scoring/rules";
import type { SheetTotals } from "@/lib/scoring/totals";
import { Th, THead } from "@/components/ui/table";

// The scoring grid's header row and its running totals (components/scoring/sheet-grid.tsx).

export type GridMode = "self" | "REVIEWED" | "APPRAISED" | "read";

type Translate = ReturnType<typeof useTranslations>;

/**
 * The columns: code, criterion, maximum, the layers below the one edited, the edited value and its
 * note, evidence. The grid's rows draw their cells in this order.
 */
export function gridColumns(t: Translate, mode: GridMode): { label: string; numeric?: boolean; className?: string }[] {
  const editing = mode !== "read";
  return [
    { label: t("scoring.sheet.code") },
    { label: t("scoring.sheet.criterion"), className: "min-w-48" },
    { label: t("scoring.sheet.max"), numeric: true },
    ...(mode !== "self" ? [{ label: t("scoring.layers.self"), numeric: true }] : []),
    ...(mode === "APPRAISED" || mode === "read" ? [{ label: t("scoring.layers.reviewed"), numeric: true }] : []),
    ...(mode === "read" ? [{ label: t("scoring.layers.appraised"), numeric: true }] : []),
    ...(editing
      ? [
          { label: t(mode === "self" ? "scoring.sheet.points" : mode === "REVIEWED" ? "scoring.sheet.reviewedPoints" : "scoring.sheet.appraisedPoints") },
          { label: t(mode === "self" ? "scoring.sheet.explanation" : "scoring.sheet.reason") },
        ]
      : []),
    { label: t("scoring.sheet.evidence") },
  ];
}

/**
 * On a phone the grid is a card per criterion (Table's `stack`): the code heads it, the
 * criterion's text needs no name, every other cell is named.
 */
export const stackLabels = (columns: { label: string }[]) => columns.map((c, i) => (i < 2 ? null : c.label));

export function SheetGridHead({ columns }: { columns: ReturnType<typeof gridColumns> }) {
  return (
    <THead>
      {columns.map((c) => (
        <Th key={c.label} numeric={c.numeric} className={c.className}>
          {c.label}
        </Th>
      ))}
    </THead>
  );
}

/** The totals of what stands as the user types. */
export function SheetTotalsList({ totals }: { totals: SheetTotals }) {
  const t = useTranslations();
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 rounded-md bg-slate-50 p-3 text-sm" aria-live="polite">
      <div>
        <dt className="inline text-slate-600">{t("scoring.totals.standard")}: </dt>
        <dd className="inline font-medium">{formatNumber(totals.standard)}</dd>
      </div>
      <div>
        <dt className="inline text-slate-600">{t("scoring.totals.bonus")}: </dt>
        <dd className="inline font-medium">{formatNumber(totals.bonus)}</dd>
      </div>
      <div>
        <dt className="inline text-slate-600">{t("scoring.totals.deduction")}: </dt>
        <dd className="inline font-medium">{formatNumber(totals.deduction)}</dd>
      </div>
      <div>
        <dt className="inline text-slate-600">{t("scoring.totals.total")}: </dt>
        <dd className="inline font-semibold">{formatNumber(totals.total)}</dd>
      </div>
      <div>
        <dt className="inline text-slate-600">{t("scoring.totals.gates")}: </dt>
        <dd className="inline font-medium">{t(totals.allGatesPassed ? "scoring.totals.gatesPassed" : "scoring.totals.gatesNotPassed")}</dd>
      </div>
    </dl>
  );
}

export function display(t: ReturnType<typeof useTranslations>, value: ScoreValue | undefined) {
  if (value === null || value === undefined) return "–";
  if (typeof value === "boolean") return t(value ? "scoring.gate.pass" : "scoring.gate.fail");
  return formatNumber(value);
}
