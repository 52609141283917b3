import { describe, expect, it } from "vitest";
import { reachOf } from "@/lib/auth/permissions";
import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, canSeeDossier, memberSeesApproved, ownMemberUnitOf } from "@/lib/blocs/policy";
import { canExportSheets } from "@/lib/exports/policy";
import { canSignOff, canViewRanking, isLeaderHead } from "@/lib/ranking/policy";
import { canViewSheet } from "@/lib/scoring/policy";
import { isHeadOf } from "@/lib/units/policy";

// The rules that were written several times over (docs/ARCHITECTURE.md, "Permissions, policies
// and pages"), now written once: each test states the rule and checks every policy built on it.

const session = (over: Partial<AppSession>): AppSession => ({
  userId: "u",
  username: "u",
  name: "U",
  role: "UNIT_OFFICER",
  unitId: null,
  unitName: null,
  isUnitHead: false,
  allBlocs: false,
  assignedBlocIds: [],
  ...over,
});

const year = { id: "y1", year: 2026, blocId: "b1", leaderUnitId: "lead", deputyUnitId: "dep", memberUnitIds: ["lead", "dep", "m1", "m2"] };
const member = session({ unitId: "m1" });
const outsider = session({ unitId: "x" });
const sheetOfM2 = { unitId: "m2", reviewerUnitId: null };

describe("reach", () => {
  it("follows the role, widened by all blocs for board staff only", () => {
    expect(reachOf(session({ role: "ADMIN" }))).toBe("all");
    expect(reachOf(session({ role: "COUNCIL" }))).toBe("all");
    expect(reachOf(session({ role: "BOARD" }))).toBe("assigned");
    expect(reachOf(session({ role: "BOARD", allBlocs: true }))).toBe("all");
    expect(reachOf(session({ role: "UNIT_OFFICER", allBlocs: true }))).toBe("ownUnit");
  });

  it("gives the council the reading powers of the table in every bloc, and nothing else", () => {
    const council = session({ role: "COUNCIL" });
    expect(canInYear(council, "score.viewAll", year)).toBe(true);
    expect(canInYear(council, "ranking.view", year)).toBe(true);
    expect(canInYear(council, "ranking.approve", year)).toBe(false);
  });
});

describe("members see the year's results once the ranking is approved (rule 2)", () => {
  it("holds for the ranking, every sheet, the sheets' export and the dossier alike", () => {
    for (const approved of [false, true]) {
      const status = approved ? "APPROVED" : "SIGNED_OFF";
      expect(memberSeesApproved(member, year, approved)).toBe(approved);
      expect(canViewRanking(member, year, status)).toBe(approved);
      expect(canViewSheet(member, year, sheetOfM2, approved)).toBe(approved);
      expect(canExportSheets(member, year, status)).toBe(approved);
      expect(canSeeDossier(member, year, status)).toBe(approved);
    }
  });

  it("never for a unit outside the year, nor for board staff outside their blocs", () => {
    const otherBoard = session({ role: "BOARD", assignedBlocIds: ["b2"] });
    for (const who of [outsider, otherBoard]) {
      expect(memberSeesApproved(who, year, true)).toBe(false);
      expect(canViewRanking(who, year, "APPROVED")).toBe(false);
      expect(canViewSheet(who, year, sheetOfM2, true)).toBe(false);
      expect(canExportSheets(who, year, "APPROVED")).toBe(false);
    }
  });

  it("while the leading units see the ranking before it", () => {
    expect(canViewRanking(session({ unitId: "lead" }), year, "SIGNED_OFF")).toBe(true);
    expect(canViewRanking(session({ unitId: "dep" }), year, null)).toBe(true);
    expect(canViewRanking(session({ role: "COUNCIL" }), year, null)).toBe(true);
  });
});

describe("the unit's head", () => {
  it("is an officer of that unit marked as its head, whatever else the account holds", () => {
    expect(isHeadOf(session({ unitId: "lead", isUnitHead: true }), "lead")).toBe(true);
    expect(isHeadOf(session({ unitId: "lead", isUnitHead: false }), "lead")).toBe(false);
    expect(isHeadOf(session({ unitId: "m1", isUnitHead: true }), "lead")).toBe(false);
    expect(isHeadOf(session({ role: "BOARD", unitId: "lead", isUnitHead: true }), "lead")).toBe(false);
    expect(isHeadOf(session({ unitId: null, isUnitHead: true }), null)).toBe(false);
  });

  it("of the leader unit signs the ranking off; administrators never sign it off", () => {
    expect(isLeaderHead(session({ unitId: "lead", isUnitHead: true }), year)).toBe(true);
    expect(isLeaderHead(session({ unitId: "dep", isUnitHead: true }), year)).toBe(false);
    expect(canSignOff(session({ unitId: "lead" }), year)).toBe(true);
    expect(canSignOff(session({ role: "ADMIN" }), year)).toBe(false);
  });
});

describe("the caller's own member unit", () => {
  it("is a unit officer's unit when it is a member of the year, else nobody's", () => {
    expect(ownMemberUnitOf(member, year)).toBe("m1");
    expect(ownMemberUnitOf(outsider, year)).toBeNull();
    expect(ownMemberUnitOf(session({ role: "BOARD", unitId: "m1" }), year)).toBeNull();
  });
});
