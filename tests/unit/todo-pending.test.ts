import { describe, expect, it } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import type { YearFacts } from "@/lib/todo/facts";
import { pendingFor } from "@/lib/todo/pending";

// What waits for whom, decided from plain facts (lib/todo/pending.ts): each step for the people it
// waits on and nobody else, only while it can be done, with its deadline and count.

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

const officer = session({ unitId: "m1" });
const head = session({ unitId: "m1", isUnitHead: true });
const leaderOfficer = session({ unitId: "lead" });
const leaderHead = session({ unitId: "lead", isUnitHead: true });
const outsider = session({ unitId: "x" });
const board = session({ role: "BOARD", allBlocs: true });
const otherBoard = session({ role: "BOARD", assignedBlocIds: ["other-bloc"] });
const admin = session({ role: "ADMIN" });
const council = session({ role: "COUNCIL" });

// 10/12/2026 10:00 in Vietnam; the window closes on 15/12/2026 at 17:00.
const NOW = new Date("2026-12-10T03:00:00Z");
const CLOSES = new Date("2026-12-15T10:00:00Z");

/** A year as the loader gives it to `who`: the member list holds the caller's own unit when it is a member. */
function facts(who: AppSession, over: Partial<YearFacts> = {}): YearFacts {
  const members = ["lead", "dep", "m1", "m2"];
  return {
    year: { id: "y1", year: 2026, blocId: "b1", leaderUnitId: "lead", deputyUnitId: "dep", memberUnitIds: members.filter((m) => m === who.unitId) },
    blocName: "Khối Nội chính",
    memberCount: 4,
    submittedCount: 0,
    pledge: null,
    criteria: { status: "PUBLISHED", leafCount: 12 },
    round: { opensAt: new Date("2026-12-01T01:00:00Z"), closesAt: CLOSES, extensions: [], explainOpenedAt: null, explainUntil: null },
    rankingStatus: null,
    proposalStatus: null,
    ownSheet: null,
    toReview: [],
    toAppraise: 0,
    boardDecisions: 0,
    registration: { dueAt: null, own: null, submittedCount: 0, signingConferenceId: null, announced: false },
    ...over,
  };
}

const kinds = (who: AppSession, over: Partial<YearFacts> = {}, now = NOW) => pendingFor(who, [facts(who, over)], now).map((i) => i.kind);
const noRound = { round: null };

describe("the pledge", () => {
  const open = { ...noRound, pledge: { status: "OPEN" as const, ownSigned: false } };

  it("waits on the member unit's head to sign, and asks its officers to get the head to", () => {
    expect(kinds(head, open)).toEqual(["pledgeSign"]);
    expect(kinds(officer, open)).toEqual(["pledgeAskHead"]);
    expect(pendingFor(head, [facts(head, open)], NOW)[0]).toMatchObject({ href: "/blocs/b1/years/2026/pledge", deadline: null, daysLeft: null, count: null });
  });

  it("is gone once the unit has signed, and never shows for a unit outside the bloc or the board", () => {
    expect(kinds(head, { ...open, pledge: { status: "OPEN", ownSigned: true } })).toEqual([]);
    expect(kinds(outsider, open)).toEqual([]);
    expect(kinds(board, open)).toEqual([]);
  });

  it("asks the leader and the board to open a draft, and no member", () => {
    const draft = { ...noRound, pledge: { status: "DRAFT" as const, ownSigned: false } };
    expect(kinds(leaderOfficer, draft)).toEqual(["pledgeOpen"]);
    expect(kinds(board, draft)).toEqual(["pledgeOpen"]);
    expect(kinds(otherBoard, draft)).toEqual([]);
    expect(kinds(officer, draft)).toEqual([]);
  });
});

describe("the unit's own sheet", () => {
  it("counts the criteria left and gives the window's close, with the days left", () => {
    const [item] = pendingFor(
      officer,
      [facts(officer, { ownSheet: { status: "DRAFT", resubmitBy: null, locked: false, scoredLeaves: 5, unanswered: 0 } })],
      NOW,
    );
    expect(item).toMatchObject({ kind: "sheetFill", count: 7, deadline: CLOSES, daysLeft: 5, href: "/blocs/b1/years/2026/scoring/m1" });
    // No sheet yet: every criterion is left.
    expect(pendingFor(head, [facts(head)], NOW)[0]).toMatchObject({ kind: "sheetFill", count: 12 });
  });

  it("asks for the submission once every criterion is scored", () => {
    expect(kinds(officer, { ownSheet: { status: "DRAFT", resubmitBy: null, locked: false, scoredLeaves: 12, unanswered: 0 } })).toEqual(["sheetSubmit"]);
  });

  it("takes the unit's extension as its deadline", () => {
    const later = new Date("2026-12-20T10:00:00Z");
    const round = {
      opensAt: new Date("2026-12-01T01:00:00Z"),
      closesAt: CLOSES,
      extensions: [{ unitId: "m1", closesAt: later }],
      explainOpenedAt: null,
      explainUntil: null,
    };
    expect(pendingFor(officer, [facts(officer, { round })], NOW)[0]).toMatchObject({ deadline: later, daysLeft: 10 });
    // …and keeps the unit on its list after the round's own close.
    expect(kinds(officer, { round }, new Date("2026-12-17T03:00:00Z"))).toEqual(["sheetFill"]);
  });

  it("is not there before the window opens, after it closes, once submitted, or without published criteria", () => {
    expect(kinds(officer, {}, new Date("2026-11-20T03:00:00Z"))).toEqual([]);
    expect(kinds(officer, {}, new Date("2026-12-16T03:00:00Z"))).toEqual([]);
    expect(kinds(officer, { ownSheet: { status: "SUBMITTED", resubmitBy: null, locked: false, scoredLeaves: 12, unanswered: 0 } })).toEqual([]);
    expect(kinds(officer, { criteria: { status: "DRAFT", leafCount: 12 } })).toEqual([]);
  });

  it("is never another unit's or the board's", () => {
    expect(kinds(outsider)).toEqual([]);
    expect(kinds(board)).toEqual([]);
  });

  it("asks for a returned sheet back by its resubmission deadline, even after the window", () => {
    const by = new Date("2026-12-22T16:59:00Z");
    const returned = { ownSheet: { status: "RETURNED" as const, resubmitBy: by, locked: false, scoredLeaves: 12, unanswered: 0 } };
    const after = new Date("2026-12-18T03:00:00Z");
    expect(pendingFor(officer, [facts(officer, returned)], after)[0]).toMatchObject({ kind: "sheetResubmit", deadline: by, daysLeft: 4 });
    expect(kinds(officer, returned, new Date("2026-12-23T03:00:00Z"))).toEqual([]);
  });

  it("is gone once the ranking locks the sheet", () => {
    expect(
      kinds(officer, { ownSheet: { status: "RETURNED", resubmitBy: new Date("2026-12-22T16:59:00Z"), locked: true, scoredLeaves: 12, unanswered: 0 } }),
    ).toEqual([]);
  });
});

describe("reviews and appraisal", () => {
  const waiting = {
    ...noRound,
    toReview: [
      { unitId: "m1", reviewerUnitId: null, reviewed: false, finished: false, undecided: 0 },
      { unitId: "m2", reviewerUnitId: null, reviewed: false, finished: false, undecided: 0 },
      { unitId: "lead", reviewerUnitId: "m2", reviewed: false, finished: false, undecided: 0 },
    ],
  };

  it("gives the leader the sheets nobody else is assigned, and the assigned unit its own", () => {
    expect(pendingFor(leaderOfficer, [facts(leaderOfficer, waiting)], NOW)[0]).toMatchObject({
      kind: "sheetsReview",
      count: 2,
      href: "/blocs/b1/years/2026/scoring",
    });
    const m2 = session({ unitId: "m2" });
    // One sheet: straight to it.
    expect(pendingFor(m2, [facts(m2, waiting)], NOW)[0]).toMatchObject({ kind: "sheetsReview", count: 1, href: "/blocs/b1/years/2026/scoring/lead" });
    expect(kinds(officer, waiting)).toEqual([]);
    expect(kinds(board, waiting)).toEqual([]);
  });

  it("never asks a unit to review its own sheet", () => {
    expect(kinds(leaderOfficer, { ...noRound, toReview: [{ unitId: "lead", reviewerUnitId: null, reviewed: false, finished: false, undecided: 0 }] })).toEqual(
      [],
    );
  });

  it("gives the board of the bloc the reviewed sheets to appraise", () => {
    expect(pendingFor(board, [facts(board, { ...noRound, toAppraise: 3 })], NOW)[0]).toMatchObject({ kind: "sheetsAppraise", count: 3 });
    expect(kinds(otherBoard, { ...noRound, toAppraise: 3 })).toEqual([]);
    expect(kinds(leaderOfficer, { ...noRound, toAppraise: 3 })).toEqual([]);
  });
});

describe("the ranking", () => {
  const allIn = { ...noRound, submittedCount: 4 };

  it("waits on the leader's head to sign off once every member's sheet is in", () => {
    expect(kinds(leaderHead, allIn)).toEqual(["rankingSignOff"]);
    expect(kinds(leaderOfficer, allIn)).toEqual(["rankingAskHead"]);
    expect(kinds(head, allIn)).toEqual([]);
    expect(kinds(board, allIn)).toEqual([]);
    expect(kinds(leaderHead, { ...allIn, submittedCount: 3 })).toEqual([]);
  });

  it("goes to the board once signed off, back to the leader when returned, and to no one once approved", () => {
    expect(pendingFor(board, [facts(board, { ...allIn, rankingStatus: "SIGNED_OFF" })], NOW)[0]).toMatchObject({
      kind: "rankingApprove",
      href: "/blocs/b1/years/2026/ranking",
    });
    expect(kinds(otherBoard, { ...allIn, rankingStatus: "SIGNED_OFF" })).toEqual([]);
    expect(kinds(leaderHead, { ...allIn, rankingStatus: "SIGNED_OFF" })).toEqual([]);
    expect(kinds(leaderHead, { ...allIn, rankingStatus: "RETURNED" })).toEqual(["rankingReturned"]);
    expect(kinds(leaderHead, { ...allIn, rankingStatus: "APPROVED", proposalStatus: "DECIDED" })).toEqual([]);
    expect(kinds(board, { ...allIn, rankingStatus: "APPROVED", proposalStatus: "DECIDED" })).toEqual([]);
  });
});

describe("the award proposal", () => {
  const approved = (proposalStatus: YearFacts["proposalStatus"]) => ({ ...noRound, submittedCount: 4, rankingStatus: "APPROVED" as const, proposalStatus });

  it("follows the proposal between the leader and the board", () => {
    const table = [null, "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "DECIDED"] as const;
    expect(table.map((s) => [s, kinds(leaderOfficer, approved(s)), kinds(board, approved(s))])).toEqual([
      [null, ["proposalDraft"], []],
      ["DRAFT", ["proposalSubmit"], []],
      ["SUBMITTED", [], ["proposalAccept"]],
      ["RETURNED", ["proposalResubmit"], []],
      ["ACCEPTED", [], ["proposalDecide"]],
      ["DECIDED", [], []],
    ]);
    expect(kinds(officer, approved(null))).toEqual([]);
  });
});

describe("whom work waits on", () => {
  it("is nobody for the administrator and the council, whatever is pending", () => {
    const everything = { pledge: { status: "DRAFT" as const, ownSigned: false }, submittedCount: 4, rankingStatus: "SIGNED_OFF" as const, toAppraise: 2 };
    expect(kinds(board, everything)).toEqual(["pledgeOpen", "sheetsAppraise", "rankingApprove"]);
    expect(kinds(admin, everything)).toEqual([]);
    expect(kinds(council, everything)).toEqual([]);
  });
});

describe("the order", () => {
  it("puts the nearest deadline first, then the work without one in the year's order, newer years first", () => {
    const soon = new Date("2026-12-12T10:00:00Z");
    const round = (closesAt: Date) => ({ opensAt: new Date("2026-12-01T01:00:00Z"), closesAt, extensions: [], explainOpenedAt: null, explainUntil: null });
    const years = [
      facts(leaderHead, { round: round(CLOSES), pledge: { status: "OPEN", ownSigned: false } }),
      { ...facts(leaderHead, { round: round(soon), blocName: "Cụm Trung du" }), year: { ...facts(leaderHead).year, id: "y2", blocId: "b2" } },
      {
        ...facts(leaderHead, { round: null, submittedCount: 4, blocName: "Khối cũ" }),
        year: { ...facts(leaderHead).year, id: "y3", blocId: "b3", year: 2025 },
      },
    ];
    expect(pendingFor(leaderHead, years, NOW).map((i) => [i.kind, i.blocYearId])).toEqual([
      ["sheetFill", "y2"],
      ["sheetFill", "y1"],
      ["pledgeSign", "y1"],
      ["rankingSignOff", "y3"],
    ]);
  });
});

describe("the registration", () => {
  const DUE = new Date("2026-12-20T10:00:00Z");
  const open = (over: Partial<YearFacts["registration"]> = {}) => ({
    ...noRound,
    registration: { dueAt: DUE, own: null, submittedCount: 0, signingConferenceId: "c1", announced: false, ...over },
  });

  it("asks the unit's officers and head to register by the deadline, the head to approve a draft, an officer to ask the head", () => {
    expect(pendingFor(officer, [facts(officer, open())], NOW)[0]).toMatchObject({
      kind: "registrationDraft",
      deadline: DUE,
      href: "/blocs/b1/years/2026/registration",
    });
    expect(kinds(head, open())).toEqual(["registrationDraft"]);
    const draft = open({ own: { status: "DRAFT", returned: false } });
    expect(kinds(head, draft)).toEqual(["registrationApprove"]);
    expect(kinds(officer, draft)).toEqual(["registrationAskHead"]);
    expect(kinds(officer, open({ own: { status: "DRAFT", returned: true } }))).toEqual(["registrationResubmit"]);
  });

  it("is gone once submitted, after the deadline, before it is set, and never another unit's or the board's", () => {
    expect(kinds(officer, open({ own: { status: "SUBMITTED", returned: false } }))).toEqual([]);
    expect(kinds(officer, open(), new Date("2026-12-21T03:00:00Z"))).toEqual([]);
    expect(kinds(officer, open({ dueAt: null }))).toEqual([]);
    expect(kinds(outsider, open())).toEqual([]);
    expect(kinds(board, open())).toEqual([]);
  });

  it("asks the signing conference's organisers to record the compiled list announced, once all are in or the deadline passed", () => {
    const after = new Date("2026-12-21T03:00:00Z");
    expect(pendingFor(leaderOfficer, [facts(leaderOfficer, open({ submittedCount: 2 }))], after)[0]).toMatchObject({
      kind: "registrationsAnnounce",
      href: "/blocs/b1/years/2026/conferences/c1",
    });
    expect(kinds(board, open({ submittedCount: 4 }))).toEqual(["registrationsAnnounce"]);
    // Still open with some missing, nothing submitted, already announced, or no signing conference: nothing.
    expect(kinds(board, open({ submittedCount: 2 }))).toEqual([]);
    expect(kinds(board, open(), after)).toEqual([]);
    expect(kinds(board, open({ submittedCount: 4, announced: true }))).toEqual([]);
    expect(kinds(board, open({ submittedCount: 4, signingConferenceId: null }))).toEqual([]);
    expect(kinds(officer, open({ submittedCount: 4, own: { status: "SUBMITTED", returned: false } }))).toEqual([]);
  });
});

describe("review finished and giải trình", () => {
  const UNTIL = new Date("2026-12-14T10:00:00Z");
  const window = {
    opensAt: new Date("2026-12-01T01:00:00Z"),
    closesAt: new Date("2026-12-05T10:00:00Z"),
    extensions: [],
    explainOpenedAt: NOW,
    explainUntil: UNTIL,
  };
  const sheet = (over: Partial<YearFacts["toReview"][number]>) => ({
    unitId: "m1",
    reviewerUnitId: null,
    reviewed: false,
    finished: false,
    undecided: 0,
    ...over,
  });

  it("asks the reviewer to finish a reviewed sheet, and to decide the answers to its scores", () => {
    expect(kinds(leaderOfficer, { ...noRound, toReview: [sheet({ reviewed: true })] })).toEqual(["reviewFinish"]);
    expect(kinds(leaderOfficer, { ...noRound, toReview: [sheet({ reviewed: true, finished: true, undecided: 2 })] })).toEqual(["explanationsDecide"]);
    const m2 = session({ unitId: "m2" });
    // Assigned to m2: the leader is not waited on.
    const assigned = { ...noRound, toReview: [sheet({ reviewerUnitId: "m2", reviewed: true, undecided: 1 })] };
    expect(kinds(m2, assigned)).toEqual(["reviewFinish", "explanationsDecide"]);
    expect(kinds(leaderOfficer, assigned)).toEqual([]);
    expect(kinds(officer, assigned)).toEqual([]);
  });

  it("asks the board to decide the answers to its appraised scores", () => {
    expect(kinds(board, { ...noRound, boardDecisions: 2 })).toEqual(["explanationsDecide"]);
    expect(kinds(otherBoard, { ...noRound, boardDecisions: 2 })).toEqual([]);
  });

  it("asks the unit to answer the leaves review changed while the window is open, with its close", () => {
    const own = { status: "SUBMITTED" as const, resubmitBy: null, locked: false, scoredLeaves: 12, unanswered: 2 };
    expect(pendingFor(officer, [facts(officer, { round: window, ownSheet: own })], NOW)[0]).toMatchObject({
      kind: "explanationAnswer",
      count: 2,
      deadline: UNTIL,
      href: "/blocs/b1/years/2026/scoring/m1",
    });
    expect(kinds(officer, { round: window, ownSheet: own }, new Date("2026-12-15T03:00:00Z"))).toEqual([]);
    expect(kinds(officer, { round: window, ownSheet: { ...own, unanswered: 0 } })).toEqual([]);
    expect(kinds(officer, { round: window, ownSheet: { ...own, locked: true } })).toEqual([]);
    expect(kinds(board, { round: window, ownSheet: own })).toEqual([]);
  });
});
