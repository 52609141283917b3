"use client";

import { useTranslations } from "next-intl";
import { Fragment, useMemo, useState } from "react";
import { leavesOf } from "@/lib/criteria/tree";
import type { CriteriaLeaf, CriteriaNode } from "@/lib/criteria/types";
import { formatNumber } from "@/lib/format/vi";
import type { LayerValue, LeafLayers } from "@/lib/scoring/layers";
import { effectiveValue, reasonRequired } from "@/lib/scoring/layers";
import { formatNumberInput } from "@/lib/format/number-input";
import { template } from "@/lib/i18n/template";
import { checkScore, type ScoreValue } from "@/lib/scoring/rules";
import { sheetTotals } from "@/lib/scoring/totals";
import { saveLayerAction, saveSelfAction, submitSheetAction } from "@/lib/scoring/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Tr } from "@/components/ui/table";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { EvidenceCell, evidenceText, useEvidence } from "@/components/scoring/evidence-cell";
import { cellProblem, parseCell, ScoreCell } from "@/components/scoring/score-cell";
import { display, gridColumns, SheetGridHead, SheetTotalsList, stackLabels, type GridMode } from "@/components/scoring/sheet-grid-parts";

export type GridLeaf = { code: string; layers: LeafLayers<LayerValue>; evidence: { id: string; fileName: string }[] };

type Mode = GridMode;

type Props = {
  blocYearId: string;
  unitId: string;
  sheetId: string | null;
  version: number;
  tree: CriteriaNode[];
  leaves: GridLeaf[];
  mode: Mode;
  canSubmit: boolean;
  isHead: boolean;
};

type Cell = { value: string; note: string };

const LAYER_KEY = { self: "self", REVIEWED: "reviewed", APPRAISED: "appraised" } as const;

/** A stored value as the grid shows it for editing: points with a comma. */
function show(value: ScoreValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "pass" : "fail";
  return formatNumberInput(value, 2);
}

/**
 * The sheet as a grid: one row per leaf, in tree order. In "self" mode the unit types points,
 * pass/fail and explanations; in "REVIEWED"/"APPRAISED" mode the reviewer types their value and
 * a reason beside the values below. Totals follow what is typed. Enter moves to the next row.
 */

export function SheetGrid({ blocYearId, unitId, sheetId, version: loadedVersion, tree, leaves, mode, canSubmit, isHead }: Props) {
  const t = useTranslations();
  // A save changes nothing else on the page unless it creates the sheet or feeds the layers
  // comparison below the grid: then the page is refreshed; otherwise the grid keeps what it
  // shows and only takes the sheet's new version.
  const [version, setVersion] = useState(loadedVersion);
  const pageShowsSaves = sheetId === null || mode !== "self" || leaves.some((l) => l.layers.reviewed || l.layers.appraised);
  // The unit saves its own values, a reviewer a layer; either is confirmed the same way, as is a submission.
  const saved = t("scoring.sheet.saved");
  const saving = useAction<never, unknown>(mode === "self" ? saveSelfAction : saveLayerAction, { successMessage: saved });
  const submitting = useAction(submitSheetAction, { successMessage: saved });
  const pending = saving.pending || submitting.pending;
  const evidence = useEvidence(sheetId);
  // Said once per grid, not once per row (lib/i18n/template.ts).
  const text = useMemo(
    () => ({
      kind: { standard: t("scoring.kinds.standard"), bonus: t("scoring.kinds.bonus"), deduction: t("scoring.kinds.deduction"), gate: t("scoring.kinds.gate") },
      noteFor: template(t, mode === "self" ? "scoring.sheet.explanationFor" : "scoring.sheet.reasonFor", "leaf"),
      evidence: evidenceText(t),
    }),
    [t, mode],
  );
  const columns = useMemo(() => gridColumns(t, mode), [t, mode]);
  const [head, setHead] = useState("");
  const rows = useMemo(() => leavesOf(tree), [tree]);
  const byCode = useMemo(() => new Map(leaves.map((l) => [l.code, l])), [leaves]);
  const editing = mode !== "read";
  const layerKey = mode === "read" ? null : LAYER_KEY[mode];

  const initial = () => {
    const out: Record<string, Cell> = {};
    for (const { leaf } of rows) {
      const entry = layerKey ? byCode.get(leaf.code)?.layers[layerKey] : null;
      out[leaf.code] = { value: show(entry?.value), note: entry?.reason ?? "" };
    }
    return out;
  };
  const [cells, setCells] = useState<Record<string, Cell>>(initial);
  const [dirty, setDirty] = useState(false);
  // A refused value shows its message once its cell is left or a save is tried, not mid-typing.
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [saveTried, setSaveTried] = useState(false);
  // When the page brings a version the grid does not hold (after a refresh, or someone else's
  // save), the server's values replace what the grid shows; the save's confirmation stays.
  const [lastLoaded, setLastLoaded] = useState(loadedVersion);
  if (loadedVersion !== lastLoaded) {
    setLastLoaded(loadedVersion);
    if (loadedVersion !== version) {
      setVersion(loadedVersion);
      setCells(initial());
      setDirty(false);
    }
  }

  const update = (code: string, patch: Partial<Cell>) => {
    setCells((c) => ({ ...c, [code]: { ...c[code], ...patch } }));
    setDirty(true);
  };

  // The values standing as the user types: the edited layer over the stored ones below it.
  const current = rows.map(({ leaf }) => {
    const stored = byCode.get(leaf.code)?.layers ?? { leafCode: leaf.code };
    if (!layerKey) return { leafCode: leaf.code, layers: stored };
    const value = parseCell(leaf, cells[leaf.code].value);
    return { leafCode: leaf.code, layers: { ...stored, [layerKey]: { value, reason: cells[leaf.code].note } } as LeafLayers<LayerValue> };
  });
  const totals = sheetTotals(
    tree,
    current.map((c) => ({ leafCode: c.leafCode, value: effectiveValue(c.layers, layerKey === "self" ? "self" : "appraised") })),
  );

  const problemOf = (leaf: CriteriaLeaf): string | null => {
    if (!layerKey) return null;
    const typed = cellProblem(t, leaf, cells[leaf.code].value);
    if (typed) return saveTried || checked.has(leaf.code) ? typed : null;
    const value = parseCell(leaf, cells[leaf.code].value);
    if (value !== null) {
      const check = checkScore(leaf, value);
      if (!check.ok) return t(`scoring.rules.${check.error}`, { leaf: leaf.code, max: formatNumber(leaf.maxPoints ?? 0) });
    }
    if (layerKey !== "self") {
      const layers = current.find((c) => c.leafCode === leaf.code)!.layers;
      if (reasonRequired(layers, layerKey) && !cells[leaf.code].note.trim()) return t("scoring.errors.reasonRequired", { leaf: leaf.code });
    }
    return null;
  };

  function entries() {
    return rows.map(({ leaf }) => {
      const c = cells[leaf.code];
      const gate = leaf.kind === "gate";
      // Sent as typed: the action reads it with the same parser, so nothing is stored that was not typed.
      return { code: leaf.code, points: gate ? "" : c.value, passed: gate ? c.value : "", note: c.note };
    });
  }

  const refused = () => rows.some(({ leaf }) => cellProblem(t, leaf, cells[leaf.code].value) !== null);
  const save = () => {
    // A refused value blocks the save: each shows its message, the first gets the focus.
    if (refused()) {
      setSaveTried(true);
      document.querySelector<HTMLElement>("[data-grid-value][aria-invalid=true], [data-number-field]:invalid")?.focus();
      return;
    }
    const input = mode === "self" ? { blocYearId, unitId, version, entries: entries() } : { sheetId: sheetId!, version, layer: mode, entries: entries() };
    submitting.clear();
    saving.run(input as never, {
      refresh: pageShowsSaves,
      onSuccess: (data) => {
        setDirty(false);
        if (!pageShowsSaves) setVersion((data as { version: number }).version);
      },
    });
  };
  const submit = () => {
    saving.clear();
    submitting.run({ sheetId: sheetId!, version, headApprovedBy: isHead ? "" : head }, { onSuccess: () => setDirty(false) });
  };

  function onKeyDown(event: React.KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== "Enter" || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    const inputs = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-grid-value]")];
    const i = inputs.indexOf(event.target);
    inputs[event.shiftKey ? i - 1 : i + 1]?.focus();
  }

  return (
    <div className="space-y-3">
      <ActionAlert state={saving} />
      <ActionAlert state={submitting} />
      {saveTried && refused() && <Alert tone="error">{t("scoring.sheet.fixBeforeSave")}</Alert>}
      <Table caption={t("scoring.sheet.caption")} dense stack={stackLabels(columns)}>
        <SheetGridHead columns={columns} />
        <TBody onKeyDown={onKeyDown}>
          {rows.map(({ leaf, section }, i) => {
            const stored = byCode.get(leaf.code);
            const problem = problemOf(leaf);
            // A group's header row goes before its first leaf.
            const group = (i === 0 || rows[i - 1].section !== section) && tree[section].type === "group" ? tree[section] : null;
            const sub = totals.byGroup[section];
            const valueId = `v-${leaf.code}`;
            return (
              <Fragment key={leaf.code}>
                {group && (
                  <Tr group>
                    <Td>{group.code}</Td>
                    <Td colSpan={2}>{group.title}</Td>
                    <Td numeric colSpan={6}>
                      {t("scoring.sheet.subtotal", { total: formatNumber(sub.total) })}
                    </Td>
                  </Tr>
                )}
                <Tr>
                  <Td className="font-mono">{leaf.code}</Td>
                  <Td className="min-w-48">
                    <label htmlFor={valueId}>{leaf.title}</label>
                    <span className="ml-1 text-xs text-slate-500">{text.kind[leaf.kind]}</span>
                    {problem && (
                      <p role="alert" className="text-xs font-medium text-brand-700">
                        {problem}
                      </p>
                    )}
                  </Td>
                  <Td numeric>{leaf.maxPoints === null ? "–" : formatNumber(leaf.maxPoints)}</Td>
                  {mode !== "self" && <Td numeric>{display(t, stored?.layers.self?.value)}</Td>}
                  {(mode === "APPRAISED" || mode === "read") && <Td numeric>{display(t, stored?.layers.reviewed?.value)}</Td>}
                  {mode === "read" && <Td numeric>{display(t, stored?.layers.appraised?.value)}</Td>}
                  {editing && (
                    <Td>
                      <ScoreCell
                        id={valueId}
                        leaf={leaf}
                        value={cells[leaf.code].value}
                        invalid={!!problem}
                        onChange={(value) => update(leaf.code, { value })}
                        onLeave={() => setChecked((s) => (s.has(leaf.code) ? s : new Set(s).add(leaf.code)))}
                      />
                    </Td>
                  )}
                  {editing && (
                    <Td>
                      <input
                        aria-label={text.noteFor(leaf.code)}
                        value={cells[leaf.code].note}
                        maxLength={2000}
                        onChange={(e) => update(leaf.code, { note: e.target.value })}
                        className="w-56 rounded border border-slate-300 px-1 py-1"
                      />
                    </Td>
                  )}
                  <Td>
                    <EvidenceCell
                      text={text.evidence}
                      evidence={evidence}
                      code={leaf.code}
                      files={stored?.evidence ?? []}
                      required={leaf.evidenceRequired}
                      canUpload={mode === "self" && !!sheetId}
                    />
                  </Td>
                </Tr>
              </Fragment>
            );
          })}
        </TBody>
      </Table>
      <SheetTotalsList totals={totals} />
      {editing && (
        <div className="flex flex-wrap items-end gap-3">
          <Button onClick={save} disabled={pending}>
            {t(mode === "self" ? "scoring.sheet.saveDraft" : "scoring.sheet.saveLayer")}
          </Button>
          {dirty && <span className="text-sm text-slate-600">{t("scoring.sheet.unsaved")}</span>}
          {mode === "self" && canSubmit && (
            <div className="flex flex-wrap items-end gap-2 border-l border-slate-200 pl-3">
              {!isHead && (
                <label className="text-sm">
                  <span className="block font-medium text-slate-800">{t("scoring.sheet.headApprovedBy")}</span>
                  <input
                    value={head}
                    onChange={(e) => setHead(e.target.value)}
                    maxLength={120}
                    className="mt-1 w-64 rounded border border-slate-300 px-2 py-1"
                  />
                </label>
              )}
              <Button variant="secondary" onClick={submit} disabled={pending || dirty}>
                {t("scoring.sheet.submit")}
              </Button>
              {dirty && <span className="text-xs text-slate-600">{t("scoring.sheet.saveBeforeSubmit")}</span>}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
