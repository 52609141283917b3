"use client";

import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format/vi";
import type { ScoreValue } from "@/lib/scoring/rules";
import type { SheetTotals } from "@/lib/scoring/totals";
import { Th, THead } from "@/components/ui/table";

// The scoring grid's header row and its running totals (components/scoring/sheet-grid.tsx).

export type GridMode = "self" | "REVIEWED" | "APPRAISED" | "read";

/** The columns: code, criterion, maximum, the layers below the one edited, the edited value and its note, evidence. */
export function SheetGridHead({ mode }: { mode: GridMode }) {
  const t = useTranslations();
  const editing = mode !== "read";
  return (
    <THead>
      <Th>{t("scoring.sheet.code")}</Th>
      <Th className="min-w-48">{t("scoring.sheet.criterion")}</Th>
      <Th numeric>{t("scoring.sheet.max")}</Th>
      {mode !== "self" && <Th numeric>{t("scoring.layers.self")}</Th>}
      {(mode === "APPRAISED" || mode === "read") && <Th numeric>{t("scoring.layers.reviewed")}</Th>}
      {mode === "read" && <Th numeric>{t("scoring.layers.appraised")}</Th>}
      {editing && (
        <Th>{t(mode === "self" ? "scoring.sheet.points" : mode === "REVIEWED" ? "scoring.sheet.reviewedPoints" : "scoring.sheet.appraisedPoints")}</Th>
      )}
      {editing && <Th>{t(mode === "self" ? "scoring.sheet.explanation" : "scoring.sheet.reason")}</Th>}
      <Th>{t("scoring.sheet.evidence")}</Th>
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
