"use client";

import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format/vi";
import type { ActionResult } from "@/lib/actions/result";
import type { ScoreValue } from "@/lib/scoring/rules";
import type { SheetTotals } from "@/lib/scoring/totals";

// The scoring grid's header row and its running totals (components/scoring/sheet-grid.tsx).

export type GridMode = "self" | "REVIEWED" | "APPRAISED" | "read";

/** The columns: code, criterion, maximum, the layers below the one edited, the edited value and its note, evidence. */
export function SheetGridHead({ mode }: { mode: GridMode }) {
  const t = useTranslations();
  const editing = mode !== "read";
  return (
    <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
      <tr>
        <th scope="col" className="px-2 py-2">
          {t("scoring.sheet.code")}
        </th>
        <th scope="col" className="min-w-48 px-2 py-2">
          {t("scoring.sheet.criterion")}
        </th>
        <th scope="col" className="px-2 py-2 text-right">
          {t("scoring.sheet.max")}
        </th>
        {mode !== "self" && (
          <th scope="col" className="px-2 py-2 text-right">
            {t("scoring.layers.self")}
          </th>
        )}
        {(mode === "APPRAISED" || mode === "read") && (
          <th scope="col" className="px-2 py-2 text-right">
            {t("scoring.layers.reviewed")}
          </th>
        )}
        {mode === "read" && (
          <th scope="col" className="px-2 py-2 text-right">
            {t("scoring.layers.appraised")}
          </th>
        )}
        {editing && (
          <th scope="col" className="px-2 py-2">
            {t(mode === "self" ? "scoring.sheet.points" : mode === "REVIEWED" ? "scoring.sheet.reviewedPoints" : "scoring.sheet.appraisedPoints")}
          </th>
        )}
        {editing && (
          <th scope="col" className="px-2 py-2">
            {t(mode === "self" ? "scoring.sheet.explanation" : "scoring.sheet.reason")}
          </th>
        )}
        <th scope="col" className="px-2 py-2">
          {t("scoring.sheet.evidence")}
        </th>
      </tr>
    </thead>
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

/** A refused save: the field's own message (which names the criterion) rather than "check the form". */
export function errorText(t: ReturnType<typeof useTranslations>, result: Extract<ActionResult<unknown>, { ok: false }>) {
  const first = result.fieldErrors && Object.values(result.fieldErrors)[0];
  return first ? t(first.key, first.params) : t(result.error, result.params);
}

export function display(t: ReturnType<typeof useTranslations>, value: ScoreValue | undefined) {
  if (value === null || value === undefined) return "–";
  if (typeof value === "boolean") return t(value ? "scoring.gate.pass" : "scoring.gate.fail");
  return formatNumber(value);
}
