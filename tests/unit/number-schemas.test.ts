import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { addNodeSchema } from "@/lib/criteria/schemas";
import { setQuotaSchema } from "@/lib/awards/schemas";
import { ballotSchema } from "@/lib/ranking/schemas";
import { voteSchema } from "@/lib/conferences/schemas";
import { saveSelfSchema } from "@/lib/scoring/schemas";
import { year } from "@/lib/validation/fields";

const save = (points: unknown) =>
  saveSelfSchema.safeParse({ blocYearId: "y", unitId: "u", version: 0, entries: [{ code: "1.2", points, passed: "", note: "" }] });

describe("score entries", () => {
  it.each([
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["", null],
    [7, 7],
  ])("reads %j as %j", (points, value) => {
    const r = save(points);
    expect(r.success && r.data.entries[0].points).toBe(value);
  });

  it.each([
    ["9,5,1", "validation.score.malformed"],
    ["1.000", "validation.score.tooManyDecimals"],
    ["-1", "validation.score.tooSmall"],
    [true, "validation.score.malformed"],
  ])("refuses %j naming the criterion", (points, key) => {
    const r = save(points);
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error)["entries.0.points"]).toEqual({ key, params: expect.objectContaining({ leaf: "1.2", decimals: 2 }) });
  });
});

describe("other typed numbers", () => {
  const node = { setId: "s", version: 1, parentId: "", code: "1", title: "T", guidance: "", kind: "STANDARD", evidenceRequired: "" };
  it("criteria max points", () => {
    expect(addNodeSchema.parse({ ...node, maxPoints: "10,5" }).maxPoints).toBe(10.5);
    expect(addNodeSchema.parse({ ...node, maxPoints: "–" }).maxPoints).toBeNull();
    expect(addNodeSchema.safeParse({ ...node, maxPoints: "1.000" }).success).toBe(false);
  });

  it("quotas are whole numbers", () => {
    const q = { blocYearId: "y", awardFormId: "a" };
    expect(setQuotaSchema.parse({ ...q, maxCount: "3", percent: "" })).toMatchObject({ maxCount: 3, percent: null });
    const r = setQuotaSchema.safeParse({ ...q, maxCount: "", percent: "12,5" });
    expect(!r.success && fieldErrorsOf(r.error).percent.key).toBe("validation.number.wholeNumber");
    expect(setQuotaSchema.safeParse({ ...q, maxCount: "", percent: "101" }).success).toBe(false);
  });

  it("ballot and decision votes", () => {
    const b = ballotSchema.safeParse({ blocYearId: "y", unitIds: ["a", "b"], votes: ["3", "1.000"], presentCount: "5" });
    expect(!b.success && fieldErrorsOf(b.error)["votes.1"].key).toBe("validation.number.wholeNumber");
    expect(voteSchema.parse({ decisionId: "d", votesFor: "10", votesAgainst: "0", votesAbstain: "1" }).votesFor).toBe(10);
    expect(voteSchema.safeParse({ decisionId: "d", votesFor: "", votesAgainst: "0", votesAbstain: "1" }).success).toBe(false);
  });

  it("years", () => {
    expect(year().parse("2026")).toBe(2026);
    expect(year().parse(2026)).toBe(2026);
    expect(year().safeParse("2026,0").success).toBe(false);
    expect(year().safeParse("1999").success).toBe(false);
  });
});
