// The December rush's script (bench/rush/): what the simulated users choose, without a server.
import { describe, expect, it } from "vitest";
import { blocOfUnit, PROVINCE } from "@/bench/province";
import { routerStateTree } from "@/bench/route-tree";
import { seeded, weighted } from "@/bench/rush/rng";
import { officerAction, staffAction, type RushOfficer, type RushStaff } from "@/bench/rush/roles";
import { blocsOfStaff } from "@/bench/rush/seed";
import { crowd } from "@/bench/rush/setups";

const ctx = { base: "http://127.0.0.1:1", shape: PROVINCE };
const draws = <T>(n: number, f: () => T) => Array.from({ length: n }, f);

describe("the rush's dice", () => {
  it("repeats a run with the same seed and changes with another", () => {
    const a = seeded(7);
    const b = seeded(7);
    const c = seeded(8);
    const first = draws(50, a);
    expect(draws(50, b)).toEqual(first);
    expect(draws(50, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("picks each choice about as often as its weight", () => {
    const rng = seeded(1);
    const picks = draws(20_000, () =>
      weighted(rng, [
        [30, "a"],
        [68, "b"],
        [2, "c"],
      ] as const),
    );
    const share = (k: string) => picks.filter((p) => p === k).length / picks.length;
    expect(share("a")).toBeCloseTo(0.3, 1);
    expect(share("b")).toBeCloseTo(0.68, 1);
    expect(share("c")).toBeGreaterThan(0.01);
    expect(share("c")).toBeLessThan(0.03);
  });
});

describe("the rush's crowd", () => {
  it("is 400 officers and 20 board staff at 420 users, in proportion below", () => {
    expect(crowd(420)).toEqual({ officers: 400, staff: 20 });
    expect(crowd(50)).toEqual({ officers: 48, staff: 2 });
    expect(crowd(1000).officers).toBe(PROVINCE.units);
  });

  it("gives every bloc to exactly one board staff member", () => {
    for (const staff of [1, 2, 20, 30]) {
      const blocs = Array.from({ length: staff }, (_, i) => blocsOfStaff(i + 1, staff, PROVINCE)).flat();
      expect(blocs.sort((a, b) => a - b)).toEqual(Array.from({ length: PROVINCE.blocs }, (_, i) => i + 1));
    }
  });
});

describe("the rush's scripts", () => {
  it("saves about 30 % of an officer's actions, and none once the sheet is submitted", () => {
    const rng = seeded(3);
    const officer: RushOfficer = { unit: 5, bloc: blocOfUnit(5, PROVINCE), version: 1, cookie: "", submitted: false, at: "/" };
    const kinds = draws(10_000, () => officerAction(ctx, officer, rng).kind);
    expect(kinds.filter((k) => k === "officer: score save").length / kinds.length).toBeCloseTo(0.3, 1);
    expect(kinds).toContain("officer: submit");
    expect(kinds).toContain("officer: document");
    // The bell and the inbox are part of December: about 4 % of an officer's clicks.
    expect(kinds.filter((k) => k === "officer: inbox").length / kinds.length).toBeCloseTo(0.04, 1);
    officer.submitted = true;
    const after = draws(2_000, () => officerAction(ctx, officer, rng).kind);
    expect(after.some((k) => k === "officer: score save" || k === "officer: submit")).toBe(false);
  });

  it("keeps board staff on the sheets of their own blocs' units", () => {
    const rng = seeded(4);
    const staff: RushStaff = { staff: 3, blocs: blocsOfStaff(3, 20, PROVINCE), cookie: "", at: "/" };
    const seen = new Set<number>();
    for (let i = 0; i < 5_000; i++) {
      const action = staffAction(ctx, staff, rng);
      expect(action.kind.startsWith("board: ")).toBe(true);
      const m = /^\/blocs\/bb-(\d+)\/years\/\d+\/scoring\/bu-(\d+)$/.exec(action.path);
      if (!m) continue;
      const [bloc, unit] = [Number(m[1]), Number(m[2])];
      expect(staff.blocs).toContain(bloc);
      expect(unit).toBeLessThanOrEqual(PROVINCE.units);
      expect(blocOfUnit(unit, PROVINCE)).toBe(bloc);
      seen.add(unit);
    }
    // Every unit of blocs 3 and 23 (13 or 14 each) comes up.
    expect(seen.size).toBe(Array.from({ length: PROVINCE.units }, (_, i) => i + 1).filter((u) => staff.blocs.includes(blocOfUnit(u, PROVINCE))).length);
  });
});

describe("a click's router state", () => {
  it("is the header Chromium sent for a click on a unit's sheet, route groups and dynamic segments included", () => {
    // Recorded from Chromium on the sheet page when its "Xếp hạng" tab was clicked (07/12/2026).
    const chromium =
      '["",{"children":["(app)",{"children":["blocs",{"children":[["id","bb-1","d",null],{"children":["years",{"children":[["year","2026","d",null],{"children":["scoring",{"children":[["unitId","bu-1","d",null],{"children":["__PAGE__",{},null,null,0]},null,null,0]},null,null,0]},null,null,0]},null,null,0]},null,null,0]},null,null,0]},null,null,0]},null,null,16]';
    expect(decodeURIComponent(routerStateTree("/blocs/bb-1/years/2026/scoring/bu-1"))).toBe(chromium);
    // A year's overview sits in the (overview) route group; the home page directly in (app).
    expect(decodeURIComponent(routerStateTree("/blocs/bb-1/years/2026"))).toContain('["(overview)",{"children":["__PAGE__"');
    expect(decodeURIComponent(routerStateTree("/"))).toBe('["",{"children":["(app)",{"children":["__PAGE__",{},null,null,0]},null,null,0]},null,null,16]');
    expect(() => routerStateTree("/no/such/page")).toThrow(/No page/);
  });
});
