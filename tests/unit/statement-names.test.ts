import { describe, expect, it } from "vitest";
import { hotStatementNames } from "@/lib/db/statement-names";

const limits = { afterRuns: 3, maxNamed: 2, maxCounted: 4 };
const runs = (name: ReturnType<typeof hotStatementNames>, sql: string, times: number) => Array.from({ length: times }, () => name({ sql }));

describe("names for the statements run most", () => {
  it("leaves a statement unnamed until its third run, then names it the same every time", () => {
    const name = hotStatementNames(limits);
    const got = runs(name, "SELECT 1", 5);
    expect(got.slice(0, 2)).toEqual(["", ""]);
    expect(got[2]).toMatch(/^s_[\w-]{27}$/);
    expect(new Set(got.slice(2)).size).toBe(1);
  });

  it("gives one text one name in every process and different texts different names", () => {
    const [a, b] = [hotStatementNames(limits), hotStatementNames(limits)];
    expect(runs(a, "SELECT 1", 3)[2]).toBe(runs(b, "SELECT 1", 3)[2]);
    expect(runs(a, "SELECT 2", 3)[2]).not.toBe(runs(a, "SELECT 1", 1)[0]);
  });

  it("names no more than its limit: later statements stay unnamed however often they run", () => {
    const name = hotStatementNames(limits);
    runs(name, "SELECT 1", 3);
    runs(name, "SELECT 2", 3);
    expect(runs(name, "SELECT 3", 10)).toEqual(Array(10).fill(""));
    expect(name({ sql: "SELECT 1" })).toMatch(/^s_/);
  });

  it("stops counting new texts past its limit, so a stream of one-off statements cannot grow it", () => {
    const name = hotStatementNames(limits);
    for (let i = 0; i < 100; i++) runs(name, `SELECT ${i} FROM t`, 1);
    // The first four are counted and can still become hot; the rest are not.
    expect(runs(name, "SELECT 50 FROM t", 5)).toEqual(Array(5).fill(""));
    expect(runs(name, "SELECT 0 FROM t", 2)[1]).toMatch(/^s_/);
  });
});
