import { describe, expect, it } from "vitest";
import { rankCandidates } from "@/lib/ranking/rank";
import type { BallotResult, RankCandidate, TieBreakRule } from "@/lib/ranking/types";

type Options = {
  name?: string;
  bonus?: number;
  deduction?: number;
  groups?: Record<string, number>;
  submittedAt?: Date | null;
  failedGates?: string[];
};

/** A candidate with the given total; the standard part is whatever makes standard + bonus − deduction add up. */
function unit(unitId: string, total: number, o: Options = {}): RankCandidate {
  const bonus = o.bonus ?? 0;
  const deduction = o.deduction ?? 0;
  const standard = Math.round(total * 100 - bonus * 100 + deduction * 100) / 100;
  return {
    unitId,
    unitName: o.name ?? `Đơn vị ${unitId}`,
    totals: { standard, bonus, deduction, total },
    byGroup: Object.entries(o.groups ?? {}).map(([groupCode, t]) => ({
      groupCode,
      title: `Nhóm ${groupCode}`,
      standard: t,
      bonus: 0,
      deduction: 0,
      total: t,
    })),
    gates: { passed: o.failedGates ? [] : ["G1"], failed: o.failedGates ?? [], missing: [] },
    allGatesPassed: !o.failedGates?.length,
    submittedAt: o.submittedAt === undefined ? new Date("2025-11-20T03:00:00Z") : o.submittedAt,
  };
}

const table = (r: ReturnType<typeof rankCandidates>) => r.rows.map((row) => [row.unitId, row.rank, row.shared]);

const groupI: TieBreakRule = { kind: "groupScore", groupCode: "I" };
const fewerDeduction: TieBreakRule = { kind: "fewerDeduction" };
const moreBonus: TieBreakRule = { kind: "moreBonus" };
const earlierSubmission: TieBreakRule = { kind: "earlierSubmission" };
const ballot: TieBreakRule = { kind: "ballot" };

describe("rankCandidates: totals", () => {
  it("orders distinct totals from the highest, each with its own rank", () => {
    const r = rankCandidates([unit("a", 80), unit("b", 95.5), unit("c", 90)], [groupI]);
    expect(table(r)).toEqual([
      ["b", 1, false],
      ["c", 2, false],
      ["a", 3, false],
    ]);
    expect(r.unresolvedTies).toEqual([]);
    expect(r.rows.map((row) => [row.aboveSeparation, row.belowSeparation])).toEqual([
      [null, { by: "total", mine: 95.5, theirs: 90 }],
      [
        { by: "total", mine: 90, theirs: 95.5 },
        { by: "total", mine: 90, theirs: 80 },
      ],
      [{ by: "total", mine: 80, theirs: 90 }, null],
    ]);
  });

  it("treats totals equal in hundredths as equal, whatever float sums produced them", () => {
    const drifted = 10.1 + 20.2; // 30.299999999999997 in binary floats
    expect(drifted).not.toBe(30.3);
    const r = rankCandidates([unit("exact", 30.3, { bonus: 0.1 }), unit("drifted", drifted, { bonus: 0.1 })], [moreBonus]);
    expect(table(r)).toEqual([
      ["drifted", 1, true],
      ["exact", 1, true],
    ]);
    expect(r.rows[0].belowSeparation).toEqual({ by: "none" });
    expect(() => rankCandidates([unit("a", Number.NaN)], [])).toThrow(/not a number of points/);

    const split = rankCandidates([unit("a", 90.3, { bonus: 10.1 }), unit("b", 90.3, { bonus: 10.11 })], [moreBonus]);
    expect(table(split)).toEqual([
      ["b", 1, false],
      ["a", 2, false],
    ]);
    expect(split.rows[0].belowSeparation).toEqual({ by: "rule", rule: moreBonus, mine: 10.11, theirs: 10.1 });
  });

  it("returns an empty ranking for no candidates", () => {
    expect(rankCandidates([], [groupI, ballot], [{ ballotId: "x", votes: {} }])).toEqual({
      rows: [],
      rules: [groupI, ballot],
      unresolvedTies: [],
    });
  });
});

describe("rankCandidates: tie-break rules", () => {
  it("breaks a two-way tie by the named group's total; a missing group counts 0", () => {
    const r = rankCandidates(
      [unit("a", 90, { groups: { I: 35, II: 55 } }), unit("b", 90, { groups: { I: 40, II: 50 } }), unit("c", 90)],
      [groupI, fewerDeduction],
    );
    expect(table(r)).toEqual([
      ["b", 1, false],
      ["a", 2, false],
      ["c", 3, false],
    ]);
    expect(r.rows[0].belowSeparation).toEqual({ by: "rule", rule: groupI, mine: 40, theirs: 35 });
    expect(r.rows[2].aboveSeparation).toEqual({ by: "rule", rule: groupI, mine: 0, theirs: 35 });
  });

  it("goes on to the second rule when the first is equal", () => {
    const r = rankCandidates(
      [unit("a", 90, { groups: { I: 40 }, deduction: 1.5 }), unit("b", 90, { groups: { I: 40 }, deduction: 0.5 })],
      [groupI, fewerDeduction],
    );
    expect(table(r)).toEqual([
      ["b", 1, false],
      ["a", 2, false],
    ]);
    expect(r.rows[0].belowSeparation).toEqual({ by: "rule", rule: fewerDeduction, mine: 0.5, theirs: 1.5 });
    expect(r.rows[1].aboveSeparation).toEqual({ by: "rule", rule: fewerDeduction, mine: 1.5, theirs: 0.5 });
  });

  it("splits a three-way tie one rule at a time, with ranks counted past a unit above", () => {
    const r = rankCandidates(
      [unit("b", 88, { bonus: 1, deduction: 1 }), unit("top", 99), unit("c", 88, { bonus: 1, deduction: 0.5 }), unit("a", 88, { bonus: 3, deduction: 2 })],
      [moreBonus, fewerDeduction],
    );
    expect(table(r)).toEqual([
      ["top", 1, false],
      ["a", 2, false],
      ["c", 3, false],
      ["b", 4, false],
    ]);
    expect(r.rows.map((row) => [row.aboveSeparation, row.belowSeparation])).toEqual([
      [null, { by: "total", mine: 99, theirs: 88 }],
      [
        { by: "total", mine: 88, theirs: 99 },
        { by: "rule", rule: moreBonus, mine: 3, theirs: 1 },
      ],
      [
        { by: "rule", rule: moreBonus, mine: 1, theirs: 3 },
        { by: "rule", rule: fewerDeduction, mine: 0.5, theirs: 1 },
      ],
      [{ by: "rule", rule: fewerDeduction, mine: 1, theirs: 0.5 }, null],
    ]);
  });

  it("counts a unit that has not submitted as the latest under earlierSubmission", () => {
    const r = rankCandidates(
      [
        unit("none", 70, { submittedAt: null }),
        unit("late", 70, { submittedAt: new Date("2025-11-21T09:00:00Z") }),
        unit("early", 70, { submittedAt: new Date("2025-11-20T09:00:00Z") }),
      ],
      [earlierSubmission],
    );
    expect(table(r)).toEqual([
      ["early", 1, false],
      ["late", 2, false],
      ["none", 3, false],
    ]);
    expect(r.rows[0].belowSeparation).toEqual({
      by: "rule",
      rule: earlierSubmission,
      mine: "2025-11-20T09:00:00.000Z",
      theirs: "2025-11-21T09:00:00.000Z",
    });
    expect(r.rows[2].aboveSeparation).toEqual({
      by: "rule",
      rule: earlierSubmission,
      mine: "",
      theirs: "2025-11-21T09:00:00.000Z",
    });
  });

  it("never lets failing gates change the points or the rank", () => {
    const candidates = [unit("a", 92, { failedGates: ["G1"] }), unit("b", 91)];
    const r = rankCandidates(candidates, []);
    expect(table(r)).toEqual([
      ["a", 1, false],
      ["b", 2, false],
    ]);
    expect(r.rows[0]).toMatchObject({
      totals: candidates[0].totals,
      gates: { passed: [], failed: ["G1"], missing: [] },
      allGatesPassed: false,
    });
    expect(r.rows[1]).toMatchObject({ allGatesPassed: true, gates: { passed: ["G1"], failed: [], missing: [] } });
  });

  it("does not change its inputs", () => {
    const candidates = [unit("a", 90, { bonus: 2 }), unit("b", 90, { bonus: 1 }), unit("c", 95)];
    const rules: TieBreakRule[] = [moreBonus];
    const ballots: BallotResult[] = [{ ballotId: "x", votes: { a: 1, b: 2 } }];
    const before = structuredClone({ candidates, rules, ballots });
    const r = rankCandidates(candidates, rules, ballots);
    expect({ candidates, rules, ballots }).toEqual(before);
    expect(candidates.map((c) => c.unitId)).toEqual(["a", "b", "c"]);
    expect(r.rules).not.toBe(rules);
    expect(r.rules).toEqual(rules);
  });
});

describe("rankCandidates: ties left and ballots", () => {
  // Neither the input order nor the ids are in Vietnamese name order, so a wrong sort shows.
  const fourEqual = () => [
    unit("commune", 85, { name: "Ủy ban nhân dân xã", bonus: 1 }),
    unit("justice", 85, { name: "Sở Tư pháp", bonus: 1 }),
    unit("radio", 85, { name: "Đài Phát thanh", bonus: 1 }),
    unit("home", 85, { name: "Sở Nội vụ", bonus: 1 }),
  ];
  const vietnameseOrder = ["radio", "home", "justice", "commune"];

  it("lets units equal on everything share rank 1, listed in Vietnamese order", () => {
    const r = rankCandidates(fourEqual(), [moreBonus, fewerDeduction]);
    expect(table(r)).toEqual(vietnameseOrder.map((id) => [id, 1, true]));
    expect(r.unresolvedTies).toEqual([vietnameseOrder]);
    expect(r.rows.map((row) => [row.aboveSeparation, row.belowSeparation])).toEqual([
      [null, { by: "none" }],
      [{ by: "none" }, { by: "none" }],
      [{ by: "none" }, { by: "none" }],
      [{ by: "none" }, null],
    ]);
    // The same whatever order the units come in.
    expect(rankCandidates(fourEqual().reverse(), [moreBonus]).rows.map((row) => row.unitId)).toEqual(vietnameseOrder);
  });

  it("sorts Đ after D and Ư after U, and shares competition ranks (1, 2, 2, 4)", () => {
    const r = rankCandidates(
      [
        unit("a", 60, { name: "Ưu tú" }),
        unit("b", 60, { name: "Đồng Nai" }),
        unit("first", 61),
        unit("c", 60, { name: "Uông Bí" }),
        unit("d", 60, { name: "Dầu Tiếng" }),
        unit("last", 59),
      ],
      [],
    );
    expect(table(r)).toEqual([
      ["first", 1, false],
      ["d", 2, true], // Dầu Tiếng
      ["b", 2, true], // Đồng Nai
      ["c", 2, true], // Uông Bí
      ["a", 2, true], // Ưu tú
      ["last", 6, false],
    ]);
    expect(r.unresolvedTies).toEqual([["d", "b", "c", "a"]]);
  });

  it("lists each group still tied separately, in table order", () => {
    const r = rankCandidates([unit("a", 50), unit("b", 70), unit("c", 50), unit("d", 70), unit("e", 60)], []);
    expect(table(r)).toEqual([
      ["b", 1, true],
      ["d", 1, true],
      ["e", 3, false],
      ["a", 4, true],
      ["c", 4, true],
    ]);
    expect(r.unresolvedTies).toEqual([
      ["b", "d"],
      ["a", "c"],
    ]);
  });

  it("settles a full tie by a ballot even when the rules do not list one", () => {
    const votes = { commune: 1, justice: 7, radio: 3, home: 5 };
    const r = rankCandidates(fourEqual(), [moreBonus], [{ ballotId: "b1", votes }]);
    expect(table(r)).toEqual([
      ["justice", 1, false],
      ["home", 2, false],
      ["radio", 3, false],
      ["commune", 4, false],
    ]);
    expect(r.unresolvedTies).toEqual([]);
    expect(r.rules).toEqual([moreBonus]);
    expect(r.rows[0].belowSeparation).toEqual({ by: "rule", rule: ballot, mine: 7, theirs: 5 });
    expect(r.rows[3].aboveSeparation).toEqual({ by: "rule", rule: ballot, mine: 1, theirs: 3 });
  });

  it("applies a listed ballot where it stands, and goes past it when no ballot names the tie", () => {
    const candidates = [unit("a", 80, { bonus: 1 }), unit("b", 80, { bonus: 5 })];
    const r = rankCandidates(candidates, [ballot, moreBonus], [{ ballotId: "b1", votes: { a: 4, b: 2 } }]);
    expect(table(r)).toEqual([
      ["a", 1, false],
      ["b", 2, false],
    ]);
    expect(table(rankCandidates(candidates, [ballot, moreBonus]))).toEqual([
      ["b", 1, false],
      ["a", 2, false],
    ]);
  });

  it("ignores a ballot that does not name every unit still tied", () => {
    const partial: BallotResult = { ballotId: "late", votes: { commune: 9, justice: 1, radio: 5 } };
    const alone = rankCandidates(fourEqual(), [moreBonus], [partial]);
    expect(table(alone)).toEqual(vietnameseOrder.map((id) => [id, 1, true]));
    expect(alone.unresolvedTies).toEqual([vietnameseOrder]);

    // With a full ballot before it, the full one decides although the partial one is later.
    const full: BallotResult = { ballotId: "full", votes: { commune: 2, justice: 4, radio: 6, home: 8 } };
    const r = rankCandidates(fourEqual(), [moreBonus], [full, partial]);
    expect(r.rows.map((row) => row.unitId)).toEqual(["home", "radio", "justice", "commune"]);
  });

  it("uses the latest ballot that names every tied unit", () => {
    const r = rankCandidates(
      [unit("a", 80), unit("b", 80)],
      [],
      [
        { ballotId: "old", votes: { a: 5, b: 1 } },
        { ballotId: "new", votes: { a: 2, b: 3 } },
      ],
    );
    expect(table(r)).toEqual([
      ["b", 1, false],
      ["a", 2, false],
    ]);
    expect(r.rows[0].belowSeparation).toEqual({ by: "rule", rule: ballot, mine: 3, theirs: 2 });
  });

  it("keeps units the ballot leaves tied sharing their rank", () => {
    const r = rankCandidates(fourEqual(), [], [{ ballotId: "b1", votes: { commune: 6, justice: 2, radio: 6, home: 2 } }]);
    expect(table(r)).toEqual([
      ["radio", 1, true],
      ["commune", 1, true],
      ["home", 3, true],
      ["justice", 3, true],
    ]);
    expect(r.unresolvedTies).toEqual([
      ["radio", "commune"],
      ["home", "justice"],
    ]);
    expect(r.rows[1].aboveSeparation).toEqual({ by: "none" });
    expect(r.rows[1].belowSeparation).toEqual({ by: "rule", rule: ballot, mine: 6, theirs: 2 });
  });

  it("settles what a ballot left tied by a later runoff among just those units", () => {
    const r = rankCandidates(
      [unit("a", 80), unit("b", 80), unit("c", 80)],
      [],
      [
        { ballotId: "first", votes: { a: 5, b: 2, c: 2 } },
        // Names b and c only: it cannot reorder a, which the first ballot already placed.
        { ballotId: "runoff", votes: { b: 1, c: 8 } },
      ],
    );
    expect(table(r)).toEqual([
      ["a", 1, false],
      ["c", 2, false],
      ["b", 3, false],
    ]);
    expect(r.rows.map((row) => [row.aboveSeparation, row.belowSeparation])).toEqual([
      [null, { by: "rule", rule: ballot, mine: 5, theirs: 2 }],
      [
        { by: "rule", rule: ballot, mine: 2, theirs: 5 },
        { by: "rule", rule: ballot, mine: 8, theirs: 1 },
      ],
      [{ by: "rule", rule: ballot, mine: 1, theirs: 8 }, null],
    ]);
  });
});
