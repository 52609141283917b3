import { describe, expect, it } from "vitest";
import { blocYearScope, pageScope, unaffected } from "@/lib/page-cache/scope";
import { finishedBetween, parseSnapshot } from "@/lib/page-cache/snapshot";
import { writeChecker } from "@/lib/page-cache/writes";

describe("transaction snapshots", () => {
  it("parses what pg_current_snapshot() prints", () => {
    expect(parseSnapshot("740:745:740,742")).toEqual({ xmin: 740n, xmax: 745n, inProgress: new Set([740n, 742n]) });
    expect(parseSnapshot("750:750:")).toEqual({ xmin: 750n, xmax: 750n, inProgress: new Set() });
    expect(parseSnapshot("not a snapshot")).toBeNull();
  });

  it("lists the transactions that finished between two snapshots, and only those", () => {
    // 740 and 742 were running; 743 and 744 had finished; 745 had not started.
    const then = "740:745:740,742";
    expect(finishedBetween(then, then, 100)).toEqual([]);
    // 742 finished, 745 and 746 started (746 finished), 740 still runs.
    expect(finishedBetween(then, "740:747:740,745", 100)).toEqual([742n, 746n]);
    // Everything finished.
    expect(finishedBetween(then, "747:747:", 100)).toEqual([740n, 742n, 745n, 746n]);
    // A transaction that only started changes the snapshot but finished nothing.
    expect(finishedBetween("750:750:", "750:751:750", 100)).toEqual([]);
  });

  it("gives up on a range too long to walk, or on text it cannot read", () => {
    expect(finishedBetween("100:100:", "5000:5000:", 1000)).toBeNull();
    expect(finishedBetween("garbage", "100:100:", 1000)).toBeNull();
  });
});

describe("page scopes", () => {
  it("ties a bloc year's sheets and ranking to its draft saves, its other pages and the dashboard to none, the rest to all", () => {
    expect(pageScope("/blocs/bb-1/years/2026/scoring")).toEqual({ drafts: "scope", scope: blocYearScope("bb-1", 2026) });
    expect(pageScope("/blocs/bb-1/years/2026/scoring/bu-3?_rsc=abc")).toEqual({ drafts: "scope", scope: "bb-1/2026" });
    expect(pageScope("/blocs/bb-1/years/2026/ranking")).toEqual({ drafts: "scope", scope: "bb-1/2026" });
    expect(pageScope("/blocs/bb%2F1/years/2026/ranking")).toEqual({ drafts: "scope", scope: "bb/1/2026" });
    // A section not known to be sheetless is assumed to read sheets.
    expect(pageScope("/blocs/bb-1/years/2026/reports")).toEqual({ drafts: "scope", scope: "bb-1/2026" });
    for (const path of [
      "/?sort=name",
      // The home page with its year filter reads no draft score either.
      "/?nam=2021&sort=year",
      "/blocs/bb-1/years/2026",
      "/blocs/bb-1/years/2026/",
      "/blocs/bb-1/years/2026/pledge",
      "/blocs/bb-1/years/2026/awards?x=1",
      "/blocs/bb-1/years/2026/activities/a1",
    ])
      expect(pageScope(path), path).toEqual({ drafts: "none" });
    for (const path of ["/blocs/bb-1", "/blocs/bb-1/years", "/units/u1", "/audit", "/imports/scores", "/blocs/bb-1/years/2026x"])
      expect(pageScope(path)).toEqual({ drafts: "any" });
  });

  it("keeps a page only when every finished transaction was recorded under another scope", () => {
    const year = pageScope("/blocs/bb-1/years/2026/ranking");
    expect(unaffected(year, ["bb-2/2026", "bb-1/2025"])).toBe(true);
    expect(unaffected(year, ["bb-2/2026", "bb-1/2026"])).toBe(false);
    expect(unaffected(year, ["bb-2/2026", null])).toBe(false); // an unrecorded write may be anything
    expect(unaffected({ drafts: "none" }, ["bb-1/2026"])).toBe(true);
    expect(unaffected({ drafts: "any" }, ["bb-1/2026"])).toBe(false);
  });
});

describe("write checker", () => {
  const recorded = new Map([
    ["742", "bb-2/2026"],
    ["746", "bb-1/2026"],
  ]);
  function checker() {
    const asked: string[][] = [];
    const stillValid = writeChecker(async (xids) => {
      asked.push(xids);
      return new Map(xids.filter((x) => recorded.has(x)).map((x) => [x, recorded.get(x)!]));
    });
    return { asked, stillValid };
  }
  const then = "740:745:740,742";

  it("holds a page through recorded draft saves of other bloc years, not its own or unrecorded writes", async () => {
    const { stillValid } = checker();
    const bb1 = pageScope("/blocs/bb-1/years/2026/scoring");
    expect(await stillValid(then, "740:746:740,745", bb1)).toBe(true); // 742 finished: bb-2's
    expect(await stillValid(then, "740:747:740,745", bb1)).toBe(false); // and 746: bb-1's own
    expect(await stillValid(then, "740:747:740,745", pageScope("/blocs/bb-2/years/2026/scoring"))).toBe(false); // 742 is bb-2's
    expect(await stillValid(then, "740:747:740,745", pageScope("/"))).toBe(true);
    expect(await stillValid(then, "741:747:745", pageScope("/"))).toBe(false); // 740 finished unrecorded
    expect(await stillValid(then, "740:746:740,745", pageScope("/audit"))).toBe(false);
  });

  it("holds any page while transactions only start", async () => {
    const { stillValid, asked } = checker();
    expect(await stillValid(then, "740:748:740,742,745,746,747", pageScope("/audit"))).toBe(true);
    expect(asked).toEqual([]);
  });

  it("looks each finished transaction up once, concurrent requests sharing the lookup", async () => {
    const { stillValid, asked } = checker();
    const scope = pageScope("/blocs/bb-1/years/2026/scoring");
    await Promise.all(Array.from({ length: 5 }, () => stillValid(then, "740:746:740,745", scope)));
    await stillValid(then, "740:747:740,745", scope);
    expect(asked).toEqual([["742"], ["746"]]);
  });

  it("renders again when the lookup fails, and asks again next time", async () => {
    let fail = true;
    const asked: string[][] = [];
    const stillValid = writeChecker(async (xids) => {
      asked.push(xids);
      if (fail) throw new Error("database down");
      return new Map([["742", "bb-2/2026"]]);
    });
    const scope = pageScope("/blocs/bb-1/years/2026/scoring");
    expect(await stillValid(then, "740:746:740,745", scope)).toBe(false);
    fail = false;
    await new Promise((r) => setTimeout(r, 0));
    expect(await stillValid(then, "740:746:740,745", scope)).toBe(true);
    expect(asked).toEqual([["742"], ["742"]]);
  });
});
