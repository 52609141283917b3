// The three-layer score trail (rule 3): the unit's self-score, the leader's (or assigned
// unit's) review, the board's appraisal. Every layer is kept with who, when and why; the
// ranking uses the top one. Pure: the side-by-side view and the ranking both build on this.
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import { leavesOf } from "@/lib/criteria/tree";
import type { CriteriaNode, LeafKind } from "@/lib/criteria/types";
import type { ScoreLayer } from "@/lib/generated/prisma/enums";
import type { ScoreValue } from "@/lib/scoring/rules";
import { sheetTotals, type PointsTotals, type SheetTotals } from "@/lib/scoring/totals";

/**
 * The layers from the bottom up: the order is the final-value rule (finalValue below). Every other
 * form of the rule is written from it: finalValuesOf (lib/scoring/sheet-data.ts) and the bulk
 * ranking's SQL (bench/ranking-bulk-sql.ts), each proven equal by a test.
 */
export const LAYERS = ["self", "reviewed", "appraised"] as const;
export type LayerName = (typeof LAYERS)[number];

/** Each layer as ScoreEntry.layer stores it. */
export const STORED_LAYER = { self: "SELF", reviewed: "REVIEWED", appraised: "APPRAISED" } as const satisfies Record<LayerName, ScoreLayer>;

export type LayerEntry = {
  value: ScoreValue;
  /** The user who entered it. */
  by: string;
  at: Date;
  /** Why; required where the value differs from the layer below (see reasonRequired). */
  reason: string | null;
};

/** A layer's value and reason alone: what the score grid shows and checks (who and when stay on the server). */
export type LayerValue = Pick<LayerEntry, "value" | "reason">;

/** One leaf of one sheet: whichever layers exist. */
export type LeafLayers<E extends LayerValue = LayerEntry> = { leafCode: string } & Partial<Record<LayerName, E | null>>;

/** The leaf's layers without who entered them and when: the grid's rows, about 3 KB less of a sheet's page. */
export function layerValues(layers: LeafLayers): LeafLayers<LayerValue> {
  const out: LeafLayers<LayerValue> = { leafCode: layers.leafCode };
  for (const layer of LAYERS) {
    const entry = layers[layer];
    if (entry !== undefined) out[layer] = entry && { value: entry.value, reason: entry.reason };
  }
  return out;
}

export type FinalValue = LayerEntry & { value: number | boolean; layer: LayerName };

type Present<E extends LayerValue> = { layer: LayerName; entry: E; value: number | boolean };

/** The layers from the bottom up to and including `upTo` that hold a value. */
function layersWithValue<E extends LayerValue>(layers: LeafLayers<E>, upTo: LayerName = "appraised"): Present<E>[] {
  const out: Present<E>[] = [];
  for (const layer of LAYERS.slice(0, LAYERS.indexOf(upTo) + 1)) {
    const entry = layers[layer];
    if (entry && entry.value !== null && entry.value !== undefined) out.push({ layer, entry, value: entry.value });
  }
  return out;
}

/** a − b for two exact two-decimal numbers (totals), in hundredths so 0.3 − 0.1 is 0.2. */
const minus = (a: number, b: number): number => fromHundredths(Math.round(a * 100) - Math.round(b * 100));

/**
 * The value that counts: appraised over reviewed over self. A layer whose value is null (a
 * reviewer who opened the leaf but entered nothing) does not hide the one below it.
 */
export function finalValue(layers: LeafLayers): FinalValue | null {
  const top = layersWithValue(layers).at(-1);
  return top ? { ...top.entry, value: top.value, layer: top.layer } : null;
}

/** The value standing once `upTo` has been applied: what the sheet totalled after review, after appraisal. */
export function effectiveValue(layers: LeafLayers<LayerValue>, upTo: LayerName): ScoreValue {
  return layersWithValue(layers, upTo).at(-1)?.value ?? null;
}

/** Equal as scores: 10.5 and 10.50 are the same; points compared in hundredths, gates as booleans. */
export function sameValue(a: ScoreValue, b: ScoreValue): boolean {
  if (typeof a === "number" && typeof b === "number") {
    const ha = toHundredths(a);
    const hb = toHundredths(b);
    return ha !== null && hb !== null ? ha === hb : a === b;
  }
  return a === b;
}

/** A reviewer must say why wherever the reviewed value differs from the self value; leaving a leaf unreviewed needs no reason. */
export function reviewNeedsReason(self: ScoreValue, reviewed: ScoreValue): boolean {
  return reviewed !== null && reviewed !== undefined && !sameValue(self, reviewed);
}

/** Same rule for any layer above self: a reason wherever it changes the value standing below it. */
export function reasonRequired(layers: LeafLayers<LayerValue>, layer: "reviewed" | "appraised"): boolean {
  const below = effectiveValue(layers, layer === "reviewed" ? "self" : "reviewed");
  return reviewNeedsReason(below, layers[layer]?.value ?? null);
}

/** Leaves of a sheet where `layer` changes the value but gives no reason (blank counts as none). */
export function missingReasons(sheet: readonly LeafLayers<LayerValue>[], layer: "reviewed" | "appraised"): string[] {
  return sheet.filter((l) => reasonRequired(l, layer) && !l[layer]?.reason?.trim()).map((l) => l.leafCode);
}

export type LayerChange = {
  from: LayerName;
  to: LayerName;
  fromValue: number | boolean;
  toValue: number | boolean;
  /** toValue − fromValue in points; null for a gate. */
  delta: number | null;
  /** What the change does to the total: the delta, negated for a deduction; null for a gate. */
  effect: number | null;
};

export type LeafDiff = {
  leafCode: string;
  title: string;
  kind: LeafKind;
  path: string[];
  groupCode: string;
  layers: Record<LayerName, LayerEntry | null>;
  final: FinalValue | null;
  /** Each layer that changed the value below it, bottom up; empty when all agree. */
  changes: LayerChange[];
};

export type GroupDiff = {
  groupCode: string;
  title: string;
  /** Cumulative: after review means reviewed over self; after appraisal is the final sheet. */
  self: PointsTotals;
  reviewed: PointsTotals;
  appraised: PointsTotals;
  /** Change of the group total made by review, then by appraisal. */
  reviewDelta: number;
  appraisalDelta: number;
};

export type LayersDiff = { leaves: LeafDiff[]; groups: GroupDiff[]; totals: Record<LayerName, SheetTotals> };

function changesOf(kind: LeafKind, layers: LeafLayers): LayerChange[] {
  const present = layersWithValue(layers);
  const changes: LayerChange[] = [];
  for (let i = 1; i < present.length; i++) {
    const from = present[i - 1];
    const to = present[i];
    if (sameValue(from.value, to.value)) continue;
    const hf = kind === "gate" ? null : toHundredths(from.value);
    const ht = kind === "gate" ? null : toHundredths(to.value);
    const delta = hf !== null && ht !== null ? fromHundredths(ht - hf) : null;
    const effect = delta === null ? null : kind === "deduction" ? -delta : delta;
    changes.push({ from: from.layer, to: to.layer, fromValue: from.value, toValue: to.value, delta, effect });
  }
  return changes;
}

/** The side-by-side view of one sheet: per leaf, each layer and what changed; per group and overall, totals after each layer. */
export function diffLayers(tree: readonly CriteriaNode[], sheet: readonly LeafLayers[]): LayersDiff {
  const byCode = new Map(sheet.map((l) => [l.leafCode, l]));
  const leaves = leavesOf(tree).map(({ leaf, path, section }): LeafDiff => {
    const layers = byCode.get(leaf.code) ?? { leafCode: leaf.code };
    return {
      leafCode: leaf.code,
      title: leaf.title,
      kind: leaf.kind,
      path,
      groupCode: tree[section].code,
      layers: { self: layers.self ?? null, reviewed: layers.reviewed ?? null, appraised: layers.appraised ?? null },
      final: finalValue(layers),
      changes: changesOf(leaf.kind, layers),
    };
  });
  const totalsAfter = (upTo: LayerName) =>
    sheetTotals(
      tree,
      sheet.map((l) => ({ leafCode: l.leafCode, value: effectiveValue(l, upTo) })),
    );
  const totals = { self: totalsAfter("self"), reviewed: totalsAfter("reviewed"), appraised: totalsAfter("appraised") };
  const strip = ({ standard, bonus, deduction, total }: PointsTotals): PointsTotals => ({ standard, bonus, deduction, total });
  const groups = tree.map((node, i): GroupDiff => {
    const [self, reviewed, appraised] = LAYERS.map((layer) => strip(totals[layer].byGroup[i]));
    return {
      groupCode: node.code,
      title: node.title,
      self,
      reviewed,
      appraised,
      reviewDelta: minus(reviewed.total, self.total),
      appraisalDelta: minus(appraised.total, reviewed.total),
    };
  });
  return { leaves, groups, totals };
}
