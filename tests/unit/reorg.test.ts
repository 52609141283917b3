import { describe, expect, it } from "vitest";
import { proposeNextLeadership } from "@/lib/blocs/rotation";
import { decisionKind } from "@/lib/reorg/decision-kind";
import { nameAt, nextPastNameStart } from "@/lib/reorg/names";
import { carryMembers, goneInYear, replacementsInYear } from "@/lib/blocs/succession";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("nameAt", () => {
  const current = { name: "Thi hành án dân sự tỉnh", shortName: "THADS" };
  const past = [
    { name: "Cục Thi hành án dân sự tỉnh", shortName: "Cục THADS", validFrom: null, validUntil: day("2025-03-01") },
    { name: "Tên tạm", shortName: "T", validFrom: day("2025-03-01"), validUntil: day("2025-07-01") },
  ];
  it("gives the name of the day, with the effective date belonging to the new name", () => {
    expect(nameAt(current, past, new Date("2024-12-31T16:59:00Z")).name).toBe("Cục Thi hành án dân sự tỉnh"); // 23:59 on 31/12/2024 in Vietnam
    expect(nameAt(current, past, new Date("2025-02-28T16:59:00Z")).name).toBe("Cục Thi hành án dân sự tỉnh");
    expect(nameAt(current, past, new Date("2025-02-28T17:00:00Z")).name).toBe("Tên tạm"); // 00:00 on 01/03/2025 in Vietnam
    expect(nameAt(current, past, day("2025-07-01"))).toEqual(current);
  });
  it("starts the next past name where the last rename took effect", () => {
    expect(nextPastNameStart([])).toBeNull();
    expect(nextPastNameStart(past)).toEqual(day("2025-07-01"));
  });
});

describe("succession", () => {
  const ended = [
    { unitId: "ldtbxh", effectiveDate: day("2025-03-01"), successorId: "snv" },
    { unitId: "snv", effectiveDate: day("2025-07-01"), successorId: "snv-nb" },
    { unitId: "old", effectiveDate: day("2026-01-01"), successorId: null },
  ];
  it("is gone for the whole year of the effective date and after", () => {
    expect(goneInYear(day("2025-03-01"), 2024)).toBe(false);
    expect(goneInYear(day("2025-03-01"), 2025)).toBe(true);
  });
  it("follows merges of merges to the unit carrying on; a dissolved unit has none", () => {
    expect(replacementsInYear(ended, 2025)).toEqual(
      new Map([
        ["ldtbxh", "snv-nb"],
        ["snv", "snv-nb"],
      ]),
    );
    expect(replacementsInYear(ended, 2026).get("old")).toBeNull();
  });
  it("carries members: successors once, dissolved dropped, a successor in another bloc left there", () => {
    const r = replacementsInYear(ended, 2026);
    expect(carryMembers(["a", "ldtbxh", "snv", "old"], r)).toEqual(["a", "snv-nb"]);
    expect(carryMembers(["a", "ldtbxh"], r, new Set(["snv-nb"]))).toEqual(["a"]);
  });
});

describe("rotation after a merge", () => {
  it("puts the successor in the merged deputy's place, and passes over a dissolved unit", () => {
    const p = proposeNextLeadership({
      rotationOrder: ["a", "b", "c", "d"],
      currentLeaderId: "a",
      currentDeputyId: "b",
      nextYearMemberIds: ["a", "x", "c"],
      replaced: new Map([
        ["b", "x"],
        ["d", null],
      ]),
    });
    expect(p).toMatchObject({ leaderId: "x", deputyId: "c" });
    expect(p.notes).toContainEqual({ code: "merged_units_replaced", unitIds: ["b"] });
    const dissolved = proposeNextLeadership({
      rotationOrder: ["a", "b", "c"],
      currentLeaderId: "a",
      currentDeputyId: "b",
      nextYearMemberIds: ["a", "c"],
      replaced: new Map([["b", null]]),
    });
    expect(dissolved).toMatchObject({ leaderId: "c", deputyId: "a" });
  });
});

describe("decisionKind", () => {
  it("reads a resolution from its symbol, anything else is a decision", () => {
    expect(decisionKind("202/2025/QH15")).toBe("resolution");
    expect(decisionKind("12/2025/NQ-HĐND")).toBe("resolution");
    expect(decisionKind("1234/NQ-UBTVQH15")).toBe("resolution");
    expect(decisionKind("25/QĐ-UBND")).toBe("decision");
    expect(decisionKind("05/QĐ-HĐTĐKT")).toBe("decision");
  });
});
