import { describe, expect, it } from "vitest";
import { normalizeRotationOrder, proposeNextLeadership, validateLeadership, type RotationNote } from "@/lib/blocs/rotation";

const ORDER = ["u1", "u2", "u3", "u4", "u5", "u6", "u7"];

function propose(currentLeaderId: string | null, currentDeputyId: string | null, nextYearMemberIds: string[] = ORDER, rotationOrder: string[] = ORDER) {
  return proposeNextLeadership({ rotationOrder, currentLeaderId, currentDeputyId, nextYearMemberIds });
}

const codes = (notes: RotationNote[]) => notes.map((n) => n.code);

describe("proposeNextLeadership: standard rotation", () => {
  it("deputy leads next year and the next unit in order becomes deputy", () => {
    expect(propose("u1", "u2")).toEqual({ leaderId: "u2", deputyId: "u3", notes: [] });
  });

  it("walks a full cycle through 7 units over consecutive years and returns to the start", () => {
    let leader: string | null = "u1";
    let deputy: string | null = "u2";
    const leaders: (string | null)[] = [];
    for (let year = 0; year < 7; year++) {
      const next = propose(leader, deputy);
      expect(next.notes).toEqual([]);
      leader = next.leaderId;
      deputy = next.deputyId;
      leaders.push(leader);
    }
    expect(leaders).toEqual(["u2", "u3", "u4", "u5", "u6", "u7", "u1"]);
    expect([leader, deputy]).toEqual(["u1", "u2"]);
  });

  it("wraps around from the end of the order", () => {
    expect(propose("u6", "u7")).toMatchObject({ leaderId: "u7", deputyId: "u1" });
    expect(propose("u7", "u1")).toMatchObject({ leaderId: "u1", deputyId: "u2" });
  });

  it("follows the deputy's place even when the board overrode the usual pair", () => {
    expect(propose("u2", "u5")).toEqual({ leaderId: "u5", deputyId: "u6", notes: [] });
  });
});

describe("proposeNextLeadership: departed units", () => {
  it("when the deputy left, the next member after the deputy leads", () => {
    const members = ORDER.filter((u) => u !== "u3");
    const r = propose("u2", "u3", members);
    expect(r.leaderId).toBe("u4");
    expect(r.deputyId).toBe("u5");
    expect(r.notes).toEqual([{ code: "deputy_left", unitIds: ["u3"] }]);
  });

  it("skips a departed unit that would have been deputy", () => {
    const members = ORDER.filter((u) => u !== "u4");
    const r = propose("u2", "u3", members);
    expect(r).toEqual({
      leaderId: "u3",
      deputyId: "u5",
      notes: [{ code: "left_units_skipped", unitIds: ["u4"] }],
    });
  });

  it("skips several consecutive departed units, wrapping around", () => {
    const members = ["u1", "u2", "u3", "u4"];
    const r = propose("u3", "u4", members);
    expect(r.leaderId).toBe("u4");
    expect(r.deputyId).toBe("u1");
    expect(r.notes).toEqual([{ code: "left_units_skipped", unitIds: ["u5", "u6", "u7"] }]);
  });

  it("deputy and the units after it left: leader and deputy both found further on", () => {
    const members = ["u1", "u2", "u6", "u7"];
    const r = propose("u2", "u3", members);
    expect(r.leaderId).toBe("u6");
    expect(r.deputyId).toBe("u7");
    expect(codes(r.notes)).toEqual(["deputy_left", "left_units_skipped"]);
    expect(r.notes[1].unitIds).toEqual(["u4", "u5"]);
  });

  it("does not let this year's leader lead again when walking from a departed deputy reaches it", () => {
    // Order u1..u3, leader u3 with deputy u2 (override); u2 left, next after u2 is u3 (the leader).
    const r = propose("u3", "u2", ["u1", "u3"], ["u1", "u2", "u3"]);
    expect(r.leaderId).toBe("u1");
    expect(r.deputyId).toBe("u3");
    expect(codes(r.notes)).toEqual(["deputy_left", "current_leader_skipped", "left_units_skipped"]);
    expect(r.notes[2].unitIds).toEqual(["u2"]);
  });

  it("the leader leads again only when it is the sole member", () => {
    const r = propose("u1", "u2", ["u1"]);
    expect(r.leaderId).toBe("u1");
    expect(r.deputyId).toBeNull();
    expect(codes(r.notes)).toEqual(["deputy_left", "leader_unchanged", "single_member", "left_units_skipped"]);
  });

  it("a departed deputy missing from the order: walk from the leader instead", () => {
    const r = propose("u2", "x9", ORDER);
    expect(r.leaderId).toBe("u3");
    expect(r.deputyId).toBe("u4");
    expect(r.notes).toEqual([
      { code: "deputy_left", unitIds: ["x9"] },
      { code: "position_unknown", unitIds: ["x9"] },
    ]);
  });

  it("neither leader nor departed deputy can be placed: start of the order", () => {
    const r = propose("x1", "x2", ORDER);
    expect(r.leaderId).toBe("u1");
    expect(r.deputyId).toBe("u2");
    expect(codes(r.notes)).toEqual(["deputy_left", "position_unknown", "position_unknown"]);
  });
});

describe("proposeNextLeadership: missing leadership", () => {
  it("first year (no leader, no deputy): first two in order", () => {
    expect(propose(null, null)).toEqual({
      leaderId: "u1",
      deputyId: "u2",
      notes: [{ code: "no_current_leadership", unitIds: [] }],
    });
  });

  it("first year skips departed units at the head of the order", () => {
    const r = propose(null, null, ["u3", "u5", "u6"]);
    expect([r.leaderId, r.deputyId]).toEqual(["u3", "u5"]);
    expect(r.notes).toEqual([
      { code: "no_current_leadership", unitIds: [] },
      { code: "left_units_skipped", unitIds: ["u4"] },
    ]);
  });

  it("no deputy this year: the unit after the leader leads", () => {
    expect(propose("u4", null)).toEqual({
      leaderId: "u5",
      deputyId: "u6",
      notes: [{ code: "no_current_deputy", unitIds: ["u4"] }],
    });
  });

  it("deputy equal to leader is treated as no deputy", () => {
    const r = propose("u4", "u4");
    expect([r.leaderId, r.deputyId]).toEqual(["u5", "u6"]);
    expect(codes(r.notes)).toEqual(["no_current_deputy"]);
  });

  it("only a deputy this year: the deputy leads", () => {
    expect(propose(null, "u3")).toEqual({ leaderId: "u3", deputyId: "u4", notes: [] });
  });
});

describe("proposeNextLeadership: membership size and order quality", () => {
  it("empty bloc: no leader, no deputy", () => {
    expect(propose("u1", "u2", [])).toEqual({
      leaderId: null,
      deputyId: null,
      notes: [{ code: "empty_bloc", unitIds: [] }],
    });
    expect(propose(null, null, [], [])).toMatchObject({ leaderId: null, deputyId: null });
  });

  it("one member: it leads, no deputy", () => {
    const r = propose("u1", "u2", ["u2"]);
    expect([r.leaderId, r.deputyId]).toEqual(["u2", null]);
    expect(codes(r.notes)).toEqual(["single_member"]);
  });

  it("two members swap roles", () => {
    expect(propose("u1", "u2", ["u1", "u2"], ["u1", "u2"])).toEqual({ leaderId: "u2", deputyId: "u1", notes: [] });
    expect(propose("u2", "u1", ["u1", "u2"], ["u1", "u2"])).toEqual({ leaderId: "u1", deputyId: "u2", notes: [] });
  });

  it("members not in the order come after the ordered ones, in the given member order", () => {
    const members = ["n2", "u1", "u2", "u3", "n1"];
    const r = propose("u2", "u3", members, ["u1", "u2", "u3"]);
    expect([r.leaderId, r.deputyId]).toEqual(["u3", "n2"]);
    expect(r.notes).toEqual([{ code: "members_not_in_order", unitIds: ["n2", "n1"] }]);
    const after = propose("u3", "n2", members, ["u1", "u2", "u3"]);
    expect([after.leaderId, after.deputyId]).toEqual(["n2", "n1"]);
    const wrap = propose("n2", "n1", members, ["u1", "u2", "u3"]);
    expect([wrap.leaderId, wrap.deputyId]).toEqual(["n1", "u1"]);
  });

  it("duplicates in the order: only the first place counts", () => {
    const r = propose("u1", "u2", ["u1", "u2", "u3"], ["u1", "u2", "u1", "u3", "u2"]);
    expect([r.leaderId, r.deputyId]).toEqual(["u2", "u3"]);
    expect(r.notes).toEqual([{ code: "duplicates_in_order", unitIds: ["u1", "u2"] }]);
  });

  it("leader and deputy are always distinct members of next year", () => {
    const members = ["u2", "u5", "n1"];
    const cases: [string | null, string | null][] = [
      [null, null],
      ["u1", "u2"],
      ["u2", "u3"],
      ["u5", null],
      ["u7", "u1"],
      ["x", "y"],
      ["u5", "u5"],
    ];
    for (const [l, d] of cases) {
      const r = propose(l, d, members);
      expect(members).toContain(r.leaderId);
      expect(members).toContain(r.deputyId);
      expect(r.leaderId).not.toBe(r.deputyId);
      expect(validateLeadership({ leaderId: r.leaderId, deputyId: r.deputyId, memberIds: members })).toEqual([]);
    }
  });
});

describe("normalizeRotationOrder", () => {
  it("dedupes, drops non-members and appends missing members in member order", () => {
    expect(normalizeRotationOrder(["u3", "x", "u1", "u3", "u2"], ["u9", "u1", "u2", "u3", "u8", "u9"])).toEqual(["u3", "u1", "u2", "u9", "u8"]);
  });

  it("handles empty inputs", () => {
    expect(normalizeRotationOrder([], [])).toEqual([]);
    expect(normalizeRotationOrder(["u1"], [])).toEqual([]);
    expect(normalizeRotationOrder([], ["u2", "u1"])).toEqual(["u2", "u1"]);
  });
});

describe("validateLeadership", () => {
  const memberIds = ["u1", "u2", "u3"];

  it("accepts distinct members and absent roles", () => {
    expect(validateLeadership({ leaderId: "u1", deputyId: "u2", memberIds })).toEqual([]);
    expect(validateLeadership({ leaderId: "u1", deputyId: null, memberIds })).toEqual([]);
    expect(validateLeadership({ leaderId: null, deputyId: null, memberIds })).toEqual([]);
  });

  it("reports non-members and the same unit in both roles", () => {
    expect(validateLeadership({ leaderId: "x", deputyId: "u2", memberIds })).toEqual(["leader_not_member"]);
    expect(validateLeadership({ leaderId: "u1", deputyId: "y", memberIds })).toEqual(["deputy_not_member"]);
    expect(validateLeadership({ leaderId: "u1", deputyId: "u1", memberIds })).toEqual(["same_unit"]);
    expect(validateLeadership({ leaderId: "x", deputyId: "x", memberIds })).toEqual(["leader_not_member", "deputy_not_member", "same_unit"]);
  });
});
