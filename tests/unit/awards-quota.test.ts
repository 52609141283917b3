import { describe, expect, it } from "vitest";
import { checkNominees, draftNominees, problemMessage, quotaLimit, type FormQuota, type RankedUnit } from "@/lib/awards/quota";
import { canEditNominees, isFrozen, transition } from "@/lib/awards/rules";

function row(unitId: string, rank: number, failed: string[] = [], missing: string[] = []): RankedUnit {
  return { unitId, unitName: `Đơn vị ${unitId}`, rank, gates: { passed: [], failed, missing }, allGatesPassed: failed.length === 0 && missing.length === 0 };
}

const flag = (limit: number | null): FormQuota => ({ awardFormId: "flag", formName: "Cờ thi đua", limit });
const merit = (limit: number | null): FormQuota => ({ awardFormId: "merit", formName: "Bằng khen", limit });
const picked = (nominees: { unitId: string; awardFormId: string }[]) => nominees.map((n) => `${n.awardFormId}:${n.unitId}`);

describe("quotaLimit", () => {
  it("takes the count when one is set", () => {
    expect(quotaLimit({ maxCount: 2, percent: null }, 8)).toBe(2);
    expect(quotaLimit({ maxCount: 0, percent: null }, 8)).toBe(0);
  });

  it("takes a percentage of the members, rounded down", () => {
    expect(quotaLimit({ maxCount: null, percent: 20 }, 8)).toBe(1); // 1,6
    expect(quotaLimit({ maxCount: null, percent: 25 }, 8)).toBe(2);
    expect(quotaLimit({ maxCount: null, percent: 30 }, 7)).toBe(2); // 2,1
    expect(quotaLimit({ maxCount: null, percent: 10 }, 9)).toBe(0); // 0,9
    expect(quotaLimit({ maxCount: null, percent: 100 }, 5)).toBe(5);
  });

  it("allows nobody without a rule", () => {
    expect(quotaLimit({ maxCount: null, percent: null }, 8)).toBe(0);
  });
});

describe("draftNominees", () => {
  const rows = [row("a", 1), row("b", 2), row("c", 3), row("d", 4), row("e", 5)];

  it("gives the flag to the leading unit and certificates to the next ones", () => {
    expect(picked(draftNominees(rows, [flag(1), merit(2)]))).toEqual(["flag:a", "merit:b", "merit:c"]);
  });

  it("skips a unit that failed a gate (or left one unanswered) and goes on to the next", () => {
    const gated = [row("a", 1, ["G1"]), row("b", 2), row("c", 3, [], ["G2"]), row("d", 4), row("e", 5)];
    expect(picked(draftNominees(gated, [flag(1), merit(2)]))).toEqual(["flag:b", "merit:d", "merit:e"]);
  });

  it("follows the rank, not the order of the rows", () => {
    expect(picked(draftNominees([row("c", 3), row("a", 1), row("b", 2)], [flag(1), merit(1)]))).toEqual(["flag:a", "merit:b"]);
  });

  it("leaves a tie for the flag to the conference and moves the tied units on to certificates", () => {
    const tied = [row("a", 1), row("b", 1), row("c", 3), row("d", 4)];
    expect(picked(draftNominees(tied, [flag(1), merit(2)]))).toEqual(["merit:a", "merit:b"]);
  });

  it("stops a form at a tie that does not fit what is left, rather than jump over it", () => {
    const tied = [row("a", 1), row("b", 2), row("c", 2), row("d", 4)];
    expect(picked(draftNominees(tied, [flag(1), merit(1)]))).toEqual(["flag:a"]);
    expect(picked(draftNominees(tied, [flag(1), merit(2)]))).toEqual(["flag:a", "merit:b", "merit:c"]);
    expect(picked(draftNominees(tied, [flag(1), merit(3)]))).toEqual(["flag:a", "merit:b", "merit:c", "merit:d"]);
  });

  it("proposes nobody for a form without a quota, and stops when units run out", () => {
    expect(picked(draftNominees(rows, [flag(null), merit(1)]))).toEqual(["merit:a"]);
    expect(picked(draftNominees(rows.slice(0, 2), [flag(1), merit(5)]))).toEqual(["flag:a", "merit:b"]);
    expect(draftNominees([], [flag(1), merit(2)])).toEqual([]);
  });
});

describe("checkNominees", () => {
  const rows = [row("a", 1), row("b", 2, ["G1"]), row("c", 3), row("d", 4)];
  const nominee = (unitId: string, awardFormId: string) => ({ unitId, unitName: `Đơn vị ${unitId}`, awardFormId });

  it("finds nothing wrong in a proposal within quota", () => {
    expect(checkNominees([nominee("a", "flag"), nominee("c", "merit"), nominee("d", "merit")], [flag(1), merit(2)], rows)).toEqual([]);
  });

  it("reports a form over its quota with the limit and the count", () => {
    expect(checkNominees([nominee("a", "flag"), nominee("c", "flag")], [flag(1), merit(2)], rows)).toEqual([
      { code: "over_quota", awardFormId: "flag", form: "Cờ thi đua", limit: 1, count: 2 },
    ]);
  });

  it("reports a nominee that failed a gate, naming the gates", () => {
    expect(checkNominees([nominee("b", "merit")], [flag(1), merit(2)], rows)).toEqual([{ code: "failed_gate", unitId: "b", unit: "Đơn vị b", gates: ["G1"] }]);
  });

  it("reports a unit not in the approved ranking, a unit proposed twice, a form without a quota", () => {
    expect(checkNominees([nominee("x", "merit"), nominee("a", "flag"), nominee("a", "merit")], [flag(null), merit(2)], rows)).toEqual([
      { code: "no_quota", awardFormId: "flag", form: "Cờ thi đua" },
      { code: "not_ranked", unitId: "x", unit: "Đơn vị x" },
      { code: "duplicate", unitId: "a", unit: "Đơn vị a" },
    ]);
  });

  it("reports every problem at once, forms first", () => {
    const problems = checkNominees([nominee("b", "flag"), nominee("a", "flag")], [flag(1), merit(2)], rows);
    expect(problems.map((p) => p.code)).toEqual(["over_quota", "failed_gate"]);
  });

  it("words each problem as a message key with its parameters", () => {
    expect(problemMessage({ code: "over_quota", awardFormId: "flag", form: "Cờ thi đua", limit: 1, count: 2 })).toEqual({
      key: "awards.problems.overQuota",
      params: { form: "Cờ thi đua", limit: 1, count: 2 },
    });
    expect(problemMessage({ code: "failed_gate", unitId: "b", unit: "Đơn vị b", gates: ["G1", "G2"] })).toEqual({
      key: "awards.problems.failedGate",
      params: { unit: "Đơn vị b", gates: "G1, G2" },
    });
    expect(problemMessage({ code: "no_quota", awardFormId: "flag", form: "Cờ thi đua" })).toEqual({
      key: "awards.problems.noQuota",
      params: { form: "Cờ thi đua" },
    });
    expect(problemMessage({ code: "duplicate", unitId: "a", unit: "Đơn vị a" })).toEqual({ key: "awards.problems.duplicate", params: { unit: "Đơn vị a" } });
  });
});

describe("proposal transitions", () => {
  it("goes draft → submitted → accepted → decided; returned goes back to submitted; reopen undoes a decision", () => {
    expect(transition("DRAFT", "submit")).toBe("SUBMITTED");
    expect(transition("RETURNED", "submit")).toBe("SUBMITTED");
    expect(transition("SUBMITTED", "accept")).toBe("ACCEPTED");
    expect(transition("SUBMITTED", "return")).toBe("RETURNED");
    expect(transition("ACCEPTED", "return")).toBe("RETURNED");
    expect(transition("ACCEPTED", "decide")).toBe("DECIDED");
    expect(transition("DECIDED", "reopen")).toBe("ACCEPTED");
  });

  it("refuses steps out of order", () => {
    expect(transition("DRAFT", "accept")).toBeNull();
    expect(transition("SUBMITTED", "decide")).toBeNull();
    expect(transition("DECIDED", "return")).toBeNull();
    expect(transition("ACCEPTED", "reopen")).toBeNull();
  });

  it("lets the leader edit only a draft or a returned proposal; a decided one is frozen", () => {
    expect(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "DECIDED"].filter((s) => canEditNominees(s as never))).toEqual(["DRAFT", "RETURNED"]);
    expect(isFrozen("DECIDED")).toBe(true);
    expect(isFrozen("ACCEPTED")).toBe(false);
  });
});
