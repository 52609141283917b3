// Random bloc years for the ranking equality test (tests/integration/ranking-bulk.test.ts):
// criteria trees of up to three levels with every kind and some leaves without a max, members
// with or without a sheet in every status, score rows on any layer (values out of range, blank
// layers, a review without a self-score), tie-break rules published or not, and ballots. Written
// with plain database writes, as the services would have left them.
import fc from "fast-check";
import { db } from "@/lib/db";
import type { CriterionKind, ScoreLayer, SheetStatus } from "@/lib/generated/prisma/enums";
import { TIE_BREAK_KINDS, type TieBreakRule } from "@/lib/ranking/types";

type NodeSpec = { kind: CriterionKind | null; max: number | null; children: NodeSpec[] };
type Value = { h: number | null; p: boolean | null };
type SheetSpec = { status: SheetStatus; submittedAt: number | null; layers: Partial<Record<ScoreLayer, Value>>[] };
type MemberSpec = { name: string; sheet: SheetSpec | null };
type YearSpec = {
  tree: NodeSpec[] | null;
  members: MemberSpec[];
  rules: { kinds: string[]; published: boolean } | null;
  ballots: { votes: (number | null)[]; at: number }[];
};

const kind = fc.constantFrom<CriterionKind>("STANDARD", "STANDARD", "STANDARD", "BONUS", "DEDUCTION", "GATE");
const max = fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null, freq: 10 });
const leaf = fc.tuple(kind, max).map(([k, m]): NodeSpec => ({ kind: k, max: k === "GATE" ? null : m, children: [] }));
const node = (depth: number): fc.Arbitrary<NodeSpec> =>
  depth === 3
    ? leaf
    : fc.oneof(
        leaf,
        fc.array(node(depth + 1), { maxLength: 3 }).map((children): NodeSpec => ({ kind: null, max: null, children })),
      );
const tree = fc.array(node(1), { maxLength: 5 });

const leavesOf = (nodes: readonly NodeSpec[]): NodeSpec[] => nodes.flatMap((n) => (n.kind && n.children.length === 0 ? [n] : leavesOf(n.children)));

/** Hundredths around the edges checkScore draws (below 0, 0, the max, just above) and anywhere up to 11 points. */
const hundredths = (max: number | null) => fc.oneof(fc.constantFrom(-1, 0, ...(max === null ? [] : [max, max + 1])), fc.integer({ min: -50, max: 1100 }));

// Points rows carry hundredths, gate rows pass/fail; now and then the other column is filled
// or both are blank, as a hand-edited database could leave them.
const value = ({ kind: k, max: m }: NodeSpec): fc.Arbitrary<Value> =>
  fc.oneof(
    { weight: 8, arbitrary: k === "GATE" ? fc.boolean().map((p) => ({ h: null, p })) : hundredths(m).map((h) => ({ h, p: null })) },
    { weight: 1, arbitrary: fc.constant({ h: null, p: null }) },
    { weight: 1, arbitrary: fc.record({ h: fc.option(hundredths(m), { nil: null }), p: fc.option(fc.boolean(), { nil: null }) }) },
  );
/** Any subset of the three layers, none at all included. */
const layersFor = (l: NodeSpec): fc.Arbitrary<Partial<Record<ScoreLayer, Value>>> =>
  fc.record({ SELF: value(l), REVIEWED: value(l), APPRAISED: value(l) }, { requiredKeys: [] });

const sheet = (leaves: NodeSpec[]) =>
  fc.record({
    status: fc.constantFrom<SheetStatus>("SUBMITTED", "SUBMITTED", "SUBMITTED", "DRAFT", "RETURNED"),
    submittedAt: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 8 }),
    // Mostly a self-score alone; reviews and appraisals on some leaves.
    layers: fc.tuple(...leaves.map((l) => fc.oneof({ weight: 3, arbitrary: value(l).map((v) => ({ SELF: v })) }, { weight: 2, arbitrary: layersFor(l) }))),
  });

const member = (leaves: NodeSpec[]) =>
  fc.record({
    name: fc.constantFrom("Sở Tư pháp", "Sở Nội vụ", "Công an tỉnh", "Đài Phát thanh", "Ủy ban MTTQ"),
    sheet: fc.option(sheet(leaves), { nil: null, freq: 6 }),
  });

const year = fc.option(tree, { nil: null, freq: 8 }).chain((t) =>
  fc.array(member(leavesOf(t ?? [])), { maxLength: 6 }).chain((members) =>
    fc.record({
      tree: fc.constant(t),
      members: fc.constant(members),
      rules: fc.option(fc.record({ kinds: fc.shuffledSubarray([...TIE_BREAK_KINDS]), published: fc.boolean() }), { nil: null }),
      ballots: fc.array(
        fc.record({
          votes: fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { minLength: members.length, maxLength: members.length }),
          at: fc.integer({ min: 0, max: 1 }),
        }),
        { maxLength: 2 },
      ),
    }),
  ),
);

export const worldArb = fc.array(year, { minLength: 1, maxLength: 3 });
export type World = YearSpec[];

let worlds = 0;
const T0 = Date.UTC(2031, 11, 1, 3);

/** Writes a world under fresh ids; returns its bloc year ids. */
export async function writeWorld(spec: World): Promise<string[]> {
  const w = `rw${++worlds}-${Math.random().toString(36).slice(2, 7)}`;
  await db.bloc.create({ data: { id: w, code: w.toUpperCase(), name: `Khối ngẫu nhiên ${w}`, kind: "KHOI" } });
  const yearIds: string[] = [];
  for (const [y, ys] of spec.entries()) {
    const yearId = `${w}-y${y}`;
    const calendar = 2030 + y;
    yearIds.push(yearId);
    await db.blocYear.create({ data: { id: yearId, blocId: w, year: calendar } });
    const unitIds = ys.members.map((_, i) => `${yearId}-u${i}`);
    await db.unit.createMany({ data: ys.members.map((m, i) => ({ id: unitIds[i], code: unitIds[i].toUpperCase(), name: m.name, shortName: m.name })) });
    await db.blocMember.createMany({ data: unitIds.map((unitId) => ({ blocYearId: yearId, year: calendar, unitId })) });

    const nodes: {
      id: string;
      setId: string;
      parentId: string | null;
      position: number;
      code: string;
      title: string;
      kind: CriterionKind | null;
      maxHundredths: number | null;
    }[] = [];
    const leafIds: string[] = [];
    const setId = `${yearId}-set`;
    if (ys.tree) {
      await db.criteriaSet.create({ data: { id: setId, blocYearId: yearId, name: "Bảng tiêu chí", status: "PUBLISHED", publishedAt: new Date(T0) } });
      const add = (list: NodeSpec[], parentId: string | null) =>
        // Positions are given in reverse, so the stored order is not the tree order.
        list.forEach((n, i) => {
          const id = `${setId}-n${nodes.length}`;
          nodes.push({
            id,
            setId,
            parentId,
            position: list.length - 1 - i,
            code: `C${nodes.length}`,
            title: `Tiêu chí ${nodes.length}`,
            kind: n.kind,
            maxHundredths: n.max,
          });
          if (n.kind && n.children.length === 0) leafIds.push(id);
          add(n.children, id);
        });
      add([...ys.tree].reverse(), null);
      await db.criterionNode.createMany({ data: nodes });
    }

    for (const [i, m] of ys.members.entries()) {
      if (!m.sheet) continue;
      const sheetId = `${yearId}-s${i}`;
      await db.scoreSheet.create({
        data: {
          id: sheetId,
          blocYearId: yearId,
          unitId: unitIds[i],
          status: m.sheet.status,
          submittedAt: m.sheet.submittedAt === null ? null : new Date(T0 + m.sheet.submittedAt * 3_600_000),
        },
      });
      const entries = m.sheet.layers.flatMap((layers, l) =>
        Object.entries(layers).map(([layer, v]) => ({ sheetId, nodeId: leafIds[l], layer: layer as ScoreLayer, hundredths: v!.h, passed: v!.p })),
      );
      await db.scoreEntry.createMany({ data: entries });
    }

    if (ys.rules) {
      const tops = nodes.filter((n) => n.parentId === null).map((n) => n.code);
      const rules: TieBreakRule[] = ys.rules.kinds.map((k) =>
        k === "groupScore" ? { kind: "groupScore", groupCode: tops[0] ?? "X" } : { kind: k as Exclude<TieBreakRule["kind"], "groupScore"> },
      );
      await db.rankingRules.create({ data: { blocYearId: yearId, rules, publishedAt: ys.rules.published ? new Date(T0) : null } });
    }
    for (const [b, ballot] of ys.ballots.entries()) {
      const votes = ballot.votes.flatMap((v, i) => (v === null ? [] : [{ unitId: unitIds[i], votes: v }]));
      await db.rankingBallot.create({
        data: {
          id: `${yearId}-b${b}`,
          blocYearId: yearId,
          presentCount: ys.members.length,
          memberCount: ys.members.length,
          createdAt: new Date(T0 + ballot.at * 60_000),
          votes: { create: votes },
        },
      });
    }
  }
  return yearIds;
}
