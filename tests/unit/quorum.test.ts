import { describe, expect, it } from "vitest";
import { hasQuorum, nextLeadershipError, quorumNeeded, quorumOf, voteError } from "@/lib/conferences/quorum";

describe("two-thirds quorum", () => {
  it.each([
    [6, 9, true],
    [5, 9, false],
    [6, 8, true],
    [5, 8, false],
    [2, 3, true],
    [1, 3, false],
    [11, 16, true],
    [10, 16, false],
    [1, 1, true],
    [0, 1, false],
    [7, 7, true],
  ])("%i present of %i members → %s", (present, members, expected) => {
    expect(hasQuorum(present, members)).toBe(expected);
  });

  it("never has a quorum without members", () => {
    expect(hasQuorum(0, 0)).toBe(false);
    expect(hasQuorum(3, 0)).toBe(false);
    expect(quorumNeeded(0)).toBe(0);
  });

  it("gives the fewest members needed, matching hasQuorum at the boundary", () => {
    for (let members = 1; members <= 40; members++) {
      const needed = quorumNeeded(members);
      expect(hasQuorum(needed, members)).toBe(true);
      expect(hasQuorum(needed - 1, members)).toBe(false);
    }
    expect(quorumNeeded(8)).toBe(6);
    expect(quorumNeeded(9)).toBe(6);
    expect(quorumNeeded(16)).toBe(11);
  });

  it("counts only members present, once each", () => {
    const q = quorumOf(
      [
        { unitId: "a", status: "PRESENT" },
        { unitId: "a", status: "PRESENT" },
        { unitId: "b", status: "ABSENT" },
        { unitId: "gone", status: "PRESENT" },
        { unitId: "c", status: "PRESENT" },
      ],
      ["a", "b", "c"],
    );
    expect(q).toEqual({ present: 2, members: 3, needed: 2, reached: true });
  });
});

describe("recording a vote", () => {
  const quorum = quorumOf(
    ["a", "b", "c", "d", "e", "f"].map((unitId) => ({ unitId, status: "PRESENT" as const })),
    ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
  );

  it("is refused without a quorum", () => {
    const low = quorumOf([{ unitId: "a", status: "PRESENT" }], ["a", "b", "c"]);
    expect(voteError({ votesFor: 1, votesAgainst: 0, votesAbstain: 0 }, low)).toBe("no_quorum");
  });

  it("accepts at most one vote per member present", () => {
    expect(voteError({ votesFor: 4, votesAgainst: 1, votesAbstain: 1 }, quorum)).toBeNull();
    expect(voteError({ votesFor: 5, votesAgainst: 1, votesAbstain: 1 }, quorum)).toBe("too_many_votes");
    expect(voteError({ votesFor: -1, votesAgainst: 0, votesAbstain: 0 }, quorum)).toBe("negative");
  });
});

describe("next year's leadership at a year-end conference", () => {
  const members = ["a", "b", "c"];
  it("is only for year-end conferences", () => {
    expect(nextLeadershipError("MID_YEAR", "a", "b", members)).toBe("not_year_end");
    expect(nextLeadershipError("YEAR_END", "a", "b", members)).toBeNull();
    expect(nextLeadershipError("YEAR_END", null, null, members)).toBeNull();
  });

  it("takes two different members", () => {
    expect(nextLeadershipError("YEAR_END", "a", "a", members)).toBe("same_unit");
    expect(nextLeadershipError("YEAR_END", "a", "x", members)).toBe("not_member");
  });
});
