import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, hasPermission } from "@/lib/auth/permissions";
import type { AppSession } from "@/lib/auth/session-types";
import { canCreateBloc, canDecideRotation, canInYear, canManageBloc, visibleBlocsWhere, yearRoleOf } from "@/lib/blocs/policy";
import { canManageUnits, canViewUnits } from "@/lib/units/policy";

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

const admin = session({ role: "ADMIN" });
const boardAll = session({ role: "BOARD", allBlocs: true });
const boardAssigned = session({ role: "BOARD", assignedBlocIds: ["b1"] });
const council = session({ role: "COUNCIL" });
const officer = session({ role: "UNIT_OFFICER", unitId: "unit-a" });

describe("permissions table", () => {
  it("gives administrators every permission and the council only reading ones", () => {
    expect(PERMISSIONS.every((p) => hasPermission("ADMIN", p))).toBe(true);
    expect(ROLE_PERMISSIONS.COUNCIL.filter((p) => !/\.view(All)?$/.test(p))).toEqual([]);
  });

  it("never lets a unit officer or council member change the registry", () => {
    for (const role of ["UNIT_OFFICER", "COUNCIL"] as const) {
      for (const p of ["bloc.create", "bloc.manage", "unit.manage", "user.manage", "rotation.decide"] as const) {
        expect(hasPermission(role, p), `${role} ${p}`).toBe(false);
      }
    }
  });

  it("keeps user management to administrators", () => {
    expect(hasPermission("BOARD", "user.manage")).toBe(false);
    expect(hasPermission("ADMIN", "user.manage")).toBe(true);
  });
});

describe("bloc policy", () => {
  it("scopes board staff to their assigned blocs", () => {
    expect(canManageBloc(boardAll, "b2")).toBe(true);
    expect(canManageBloc(boardAssigned, "b1")).toBe(true);
    expect(canManageBloc(boardAssigned, "b2")).toBe(false);
    expect(canDecideRotation(boardAssigned, "b2")).toBe(false);
    expect(canCreateBloc(boardAssigned)).toBe(false);
    expect(canCreateBloc(boardAll)).toBe(true);
    expect(visibleBlocsWhere(boardAssigned)).toEqual({ id: { in: ["b1"] } });
  });

  it("lets the council and unit officers read but not manage", () => {
    expect(canManageBloc(council, "b1")).toBe(false);
    expect(canManageBloc(officer, "b1")).toBe(false);
    expect(visibleBlocsWhere(council)).toEqual({});
    expect(visibleBlocsWhere(officer)).toEqual({ years: { some: { members: { some: { unitId: "unit-a" } } } } });
    expect(visibleBlocsWhere(session({ role: "UNIT_OFFICER", unitId: null }))).toEqual({ id: "__none__" });
  });

  it("derives leader and deputy powers from the unit, per bloc year", () => {
    const year = { leaderUnitId: "unit-a", deputyUnitId: "unit-b", memberUnitIds: ["unit-a", "unit-b", "unit-c"] };
    expect(yearRoleOf(officer, year)).toBe("leader");
    expect(yearRoleOf(session({ unitId: "unit-b" }), year)).toBe("deputy");
    expect(yearRoleOf(session({ unitId: "unit-c" }), year)).toBe("member");
    expect(yearRoleOf(session({ unitId: "unit-z" }), year)).toBeNull();
    expect(yearRoleOf(admin, year)).toBeNull();
  });
});

describe("unit policy", () => {
  it("lets board staff and administrators manage units; everyone signed in reads them", () => {
    expect([admin, boardAll, boardAssigned].every(canManageUnits)).toBe(true);
    expect([council, officer].some(canManageUnits)).toBe(false);
    expect([admin, boardAll, council, officer].every(canViewUnits)).toBe(true);
  });
});

describe("powers in one bloc year", () => {
  const year = { blocId: "b1", leaderUnitId: "unit-a", deputyUnitId: "unit-b", memberUnitIds: ["unit-a", "unit-b", "unit-c"] };

  it("gives the leader unit the leader's powers for that year only", () => {
    expect(canInYear(officer, "pledge.manage", year)).toBe(true);
    expect(canInYear(officer, "pledge.manage", { ...year, leaderUnitId: "unit-c" })).toBe(false);
    expect(canInYear(officer, "pledge.reopen", year)).toBe(false);
  });

  it("lets the deputy host conferences but not manage the pledge", () => {
    const deputy = session({ role: "UNIT_OFFICER", unitId: "unit-b" });
    expect(canInYear(deputy, "conference.manage", year)).toBe(true);
    expect(canInYear(deputy, "pledge.manage", year)).toBe(false);
  });

  it("keeps board staff to their blocs and the council to reading", () => {
    expect(canInYear(boardAssigned, "pledge.reopen", year)).toBe(true);
    expect(canInYear(boardAssigned, "pledge.reopen", { ...year, blocId: "b2" })).toBe(false);
    expect(canInYear(council, "conference.manage", year)).toBe(false);
    expect(canInYear(session({ role: "UNIT_OFFICER", unitId: "unit-c" }), "conference.manage", year)).toBe(false);
  });
});
