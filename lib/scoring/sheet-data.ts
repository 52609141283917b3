// Stored criteria nodes and score entries as the pure scoring modules see them: a criteria
// tree, score values, and the three layers per leaf. Shared by the service and the queries.
import { db, type Db, type Tx } from "@/lib/db";
import { loadYearContext, yearContextOf, yearContextSelect, type BlocYearContext } from "@/lib/blocs/year-context";
import { NotFoundError } from "@/lib/errors";
import { fromHundredths } from "@/lib/criteria/points";
import type { CriteriaLeaf, CriteriaNode, LeafKind } from "@/lib/criteria/types";
import { LAYERS, STORED_LAYER, type LayerName, type LeafLayers } from "@/lib/scoring/layers";
import type { ScoreValue } from "@/lib/scoring/rules";
import type { RoundWindow } from "@/lib/scoring/window";

export type NodeRow = {
  id: string;
  parentId: string | null;
  position: number;
  code: string;
  title: string;
  guidance: string | null;
  kind: "STANDARD" | "BONUS" | "DEDUCTION" | "GATE" | null;
  maxHundredths: number | null;
  evidenceRequired: boolean;
};

export type EntryRow = {
  nodeId: string;
  layer: "SELF" | "REVIEWED" | "APPRAISED";
  hundredths: number | null;
  passed: boolean | null;
  note: string | null;
  byName: string | null;
  byUserId: string | null;
  at: Date;
};

/** What writing a value needs of the criteria: each leaf by its code, and its node's id. */
export type LeafLookup = { nodeIdByCode: Map<string, string>; leafByCode: Map<string, CriteriaLeaf> };
export type ScoringTree = LeafLookup & { tree: CriteriaNode[]; leaves: CriteriaLeaf[] };

function leafOfRow(r: NodeRow, kind: NonNullable<NodeRow["kind"]>): CriteriaLeaf {
  return {
    type: "leaf",
    code: r.code,
    title: r.title,
    guidance: r.guidance ?? "",
    kind: kind.toLowerCase() as LeafKind,
    maxPoints: r.maxHundredths === null ? null : fromHundredths(r.maxHundredths),
    evidenceRequired: r.evidenceRequired,
  };
}

/** The leaves among some rows, each with its count of children: a node with a kind and no children is a leaf, as in treeOfRows. */
export function leafLookupOfRows(rows: readonly (NodeRow & { childCount: number })[]): LeafLookup {
  const leafByCode = new Map<string, CriteriaLeaf>();
  const nodeIdByCode = new Map<string, string>();
  for (const r of rows) {
    if (r.kind === null || r.childCount > 0) continue;
    leafByCode.set(r.code, leafOfRow(r, r.kind));
    nodeIdByCode.set(r.code, r.id);
  }
  return { leafByCode, nodeIdByCode };
}

/** Rows (any order) → the tree, children by position. Nodes without a kind are groups. */
export function treeOfRows(rows: readonly NodeRow[]): ScoringTree {
  const byParent = new Map<string | null, NodeRow[]>();
  for (const r of rows) {
    const siblings = byParent.get(r.parentId);
    if (siblings) siblings.push(r);
    else byParent.set(r.parentId, [r]);
  }
  const leaves: CriteriaLeaf[] = [];
  const build = (r: NodeRow): CriteriaNode => {
    const children = (byParent.get(r.id) ?? []).sort((a, b) => a.position - b.position);
    if (r.kind === null || children.length > 0) {
      return { type: "group", code: r.code, title: r.title, guidance: r.guidance ?? "", children: children.map(build) };
    }
    const leaf = leafOfRow(r, r.kind);
    leaves.push(leaf);
    return leaf;
  };
  const tree = (byParent.get(null) ?? []).sort((a, b) => a.position - b.position).map(build);
  // Tree order, as the sheet is read (build pushes depth first already).
  return { tree, leaves, nodeIdByCode: new Map(rows.map((r) => [r.code, r.id])), leafByCode: new Map(leaves.map((l) => [l.code, l])) };
}

export const LAYER_OF = Object.fromEntries(LAYERS.map((l) => [STORED_LAYER[l], l])) as Record<EntryRow["layer"], LayerName>;

export function valueOf(leaf: Pick<CriteriaLeaf, "kind">, e: Pick<EntryRow, "hundredths" | "passed">): ScoreValue {
  if (leaf.kind === "gate") return e.passed;
  return e.hundredths === null ? null : fromHundredths(e.hundredths);
}

/** The leaves of a tree by their node's id. */
const leafByNodeId = (st: ScoringTree) => new Map([...st.nodeIdByCode].map(([code, id]) => [id, st.leafByCode.get(code)]));

/** Every leaf with whichever layers are stored. */
export function layersOf(st: ScoringTree, entries: readonly EntryRow[]): LeafLayers[] {
  const leafOf = leafByNodeId(st);
  const byCode = new Map<string, LeafLayers>(st.leaves.map((l) => [l.code, { leafCode: l.code }]));
  for (const e of entries) {
    const leaf = leafOf.get(e.nodeId);
    const layers = leaf && byCode.get(leaf.code);
    if (!leaf || !layers) continue;
    layers[LAYER_OF[e.layer]] = { value: valueOf(leaf, e), by: e.byName ?? e.byUserId ?? "", at: e.at, reason: e.note };
  }
  return [...byCode.values()];
}

/** What a score row holds of its value, without who entered it, when and why. */
export type ValueRow = Pick<EntryRow, "nodeId" | "layer" | "hundredths" | "passed">;

/** A stored layer's place in LAYERS: the higher, the later it was applied. */
const LAYER_RANK = Object.fromEntries(LAYERS.map((l, i) => [STORED_LAYER[l], i])) as Record<EntryRow["layer"], number>;

/**
 * Every leaf with the value that counts, as finalValue() gives it from layersOf(): the highest
 * layer in LAYERS holding a value. A ranking reads only this; leaving out the trail of each layer
 * halves what it reads. tests/unit/scoring-sheet-data.test.ts checks it against finalValue.
 */
export function finalValuesOf(st: ScoringTree, entries: readonly ValueRow[]): { leafCode: string; value: ScoreValue }[] {
  const leafOf = leafByNodeId(st);
  const top = new Map<string, { rank: number; value: ScoreValue }>();
  for (const e of entries) {
    const leaf = leafOf.get(e.nodeId);
    const value = leaf ? valueOf(leaf, e) : null;
    if (!leaf || value === null) continue;
    const rank = LAYER_RANK[e.layer];
    const current = top.get(leaf.code);
    if (!current || rank > current.rank) top.set(leaf.code, { rank, value });
  }
  return st.leaves.map((l) => ({ leafCode: l.code, value: top.get(l.code)?.value ?? null }));
}

const nodeSelect = {
  id: true,
  parentId: true,
  position: true,
  code: true,
  title: true,
  guidance: true,
  kind: true,
  maxHundredths: true,
  evidenceRequired: true,
} as const;

/** The year's criteria set and its tree; null when the year has none. */
export async function loadScoringSet(client: Db | Tx, blocYearId: string) {
  const set = await client.criteriaSet.findUnique({ where: { blocYearId }, select: { id: true, status: true, nodes: { select: nodeSelect } } });
  if (!set) return null;
  return { id: set.id, status: set.status, ...treeOfRows(set.nodes) };
}

/** A sheet and its year, looked up on the server for an action: the browser's ids prove nothing. */
export async function loadSheetAndYear(sheetId: string) {
  const sheet = await db.scoreSheet.findUnique({
    where: { id: sheetId },
    select: { id: true, blocYearId: true, unitId: true, reviewerUnitId: true, status: true, resubmitBy: true, lockedAt: true },
  });
  if (!sheet) throw new NotFoundError();
  return { sheet, year: await loadYearContext(sheet.blocYearId) };
}

export type StoredRound = Omit<RoundWindow, "extensions"> & {
  id: string;
  extensions: { unitId: string | null; closesAt: Date; reason: string; createdAt: Date }[];
};

const roundSelect = {
  id: true,
  opensAt: true,
  closesAt: true,
  extensions: { select: { unitId: true, closesAt: true, reason: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} as const;

export async function loadRound(client: Db | Tx, blocYearId: string): Promise<StoredRound | null> {
  return client.scoringRound.findUnique({ where: { blocYearId }, select: roundSelect });
}

export type SelfSaveContext = {
  year: BlocYearContext;
  set: (LeafLookup & { id: string; status: string }) | null;
  round: StoredRound | null;
};

/**
 * Everything a unit's save checks before it writes, in one query: the bloc year (for the
 * permission check), its criteria set with only the nodes the save names (a sheet has dozens; a
 * save usually touches a few) and its round.
 */
export async function loadSelfSaveContext(blocYearId: string, codes: readonly string[], client: Db | Tx = db): Promise<SelfSaveContext> {
  const row = await client.blocYear.findUnique({
    where: { id: blocYearId },
    select: {
      ...yearContextSelect,
      criteriaSet: {
        select: { id: true, status: true, nodes: { where: { code: { in: [...codes] } }, select: { ...nodeSelect, _count: { select: { children: true } } } } },
      },
      round: { select: roundSelect },
    },
  });
  if (!row) throw new NotFoundError();
  const { criteriaSet, round } = row;
  const set = criteriaSet && {
    id: criteriaSet.id,
    status: criteriaSet.status,
    ...leafLookupOfRows(criteriaSet.nodes.map(({ _count, ...r }) => ({ ...r, childCount: _count.children }))),
  };
  return { year: yearContextOf(row), set, round };
}
