// A write racing a lock lands before it or is refused (docs/SECURITY.md, "Writes against a lock"):
// award proposal writes raced against what freezes them (nominee edits against the submission, the
// board's return against the decision), and a document's date against what issues the document (the
// pledge's last signature, the ranking's approval, the proposal's submission, the year's closing).
// A write lands before the lock, which then shows it, or is refused with the lock's message.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The approval's years come with evidence files, stored under DATA_DIR: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-lock-races-")), "data");

const { db } = await import("@/lib/db");
const awards = await import("@/lib/awards/service");
const { updateBlocYear } = await import("@/lib/blocs/service");
const { setDocumentDate } = await import("@/lib/documents/service");
const pledges = await import("@/lib/pledges/service");
const ranking = await import("@/lib/ranking/service");
const { storedActor } = await import("../support/actors");
const { awardYear, openPledge, retryStale } = await import("../support/lock-race-content");
const { raceYear } = await import("../support/lock-race-years");
const { emptyTally, judgeRace, PAIRS, RACE_TIMEOUT, raceRounds, report, ROUNDS } = await import("../support/lock-races");
type AwardYear = import("../support/lock-race-content").AwardYear;
type AppSession = import("@/lib/auth/session-types").AppSession;
type RaceJudgement = import("../support/lock-races").RaceJudgement;

let board: AppSession;
let forms: { flag: string; merit: string };

beforeAll(async () => {
  board = await storedActor({ userId: "race-board", username: "race-board", name: "Cán bộ Ban" });
  const tag = Math.random().toString(36).slice(2, 7);
  forms = {
    flag: (await db.awardForm.create({ data: { code: `CO-${tag}`, name: "Cờ thi đua", position: 0 } })).id,
    merit: (await db.awardForm.create({ data: { code: `BK-${tag}`, name: "Bằng khen", position: 1 } })).id,
  };
});

let calendarYear = 2300;
const proposalVersion = (id: string) => async () => (await db.awardProposal.findUniqueOrThrow({ where: { id } })).version;
const submit = (y: AwardYear) =>
  retryStale("awards.errors.stale", proposalVersion(y.proposalId), (v) => awards.submitProposal(board, y.proposalId, v, "12/TTr-K"));
const u0Merit = (y: AwardYear) => y.nominees.find((n) => n.unitId === y.units[0] && n.awardFormId === forms.merit)!;
const nominee = (y: AwardYear, unitId: string) => db.awardNominee.findFirst({ where: { proposalId: y.proposalId, unitId, awardFormId: forms.merit } });

type RaceSpec<Y> = { write: (y: Y) => Promise<unknown>; lock: (y: Y) => Promise<unknown>; judge: (y: Y) => RaceJudgement };

/** Rounds of races of `write` against `lock` on fresh data, each judged by judgeRace; reported and checked. */
async function raceAll<Y>(area: string, name: string, lockName: string, make: (year: number) => Promise<Y>, spec: RaceSpec<Y>) {
  const t = emptyTally();
  const base = (calendarYear += ROUNDS);
  await raceRounds(
    (round) => make(base + round),
    spec.write,
    spec.lock,
    (y, outcome) => judgeRace(t, outcome, spec.judge(y)),
  );
  report(area, name, lockName, t);
  expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
  expect(t.first + t.refused).toBe(ROUNDS * PAIRS);
}

const NOMINEE_WRITES = [
  {
    action: "add",
    make: async (year: number) => {
      const y = await awardYear(year, forms, board);
      await db.awardNominee.delete({ where: { id: u0Merit(y).id } });
      return y;
    },
    write: (y: AwardYear) => awards.addNominee(board, y.proposalId, 1, y.units[0], forms.merit),
    applied: async (y: AwardYear) => (await nominee(y, y.units[0])) !== null,
  },
  {
    action: "remove",
    make: (year: number) => awardYear(year, forms, board),
    write: (y: AwardYear) => awards.removeNominee(board, u0Merit(y).id, 1),
    applied: async (y: AwardYear) => (await nominee(y, y.units[0])) === null,
  },
  {
    action: "move",
    make: (year: number) => awardYear(year, forms, board),
    write: (y: AwardYear) => awards.moveNominee(board, u0Merit(y).id, 1, "up"),
    applied: async (y: AwardYear) => (await nominee(y, y.units[0]))!.position < (await nominee(y, y.units[2]))!.position,
  },
];

describe("nominee writes raced against the submission: each is in what was submitted, or refused as no longer editable", () => {
  for (const kind of NOMINEE_WRITES) {
    it(
      kind.action,
      () =>
        raceAll("awards", `proposal.nominee.${kind.action}`, "submission", kind.make, {
          write: kind.write,
          lock: submit,
          judge: (y) => ({
            lockKey: "awards.errors.notEditable",
            applied: () => kind.applied(y),
            writeAudit: { action: `proposal.nominee.${kind.action}`, entityId: y.proposalId },
            lockAudit: { action: "proposal.submit", entityId: y.proposalId },
          }),
        }),
      RACE_TIMEOUT,
    );
  }
});

describe("the board's return raced against the decision: one of them, never both", () => {
  it(
    "proposal.return",
    () =>
      raceAll(
        "awards",
        "proposal.return",
        "decision",
        async (year) => {
          const y = await awardYear(year, forms, board);
          await submit(y);
          await awards.acceptProposal(board, y.proposalId, await proposalVersion(y.proposalId)());
          // The version the board's page shows the accepted proposal at.
          return { ...y, accepted: await proposalVersion(y.proposalId)() };
        },
        {
          write: (y) => awards.returnProposal(board, y.proposalId, y.accepted, "Bổ sung hồ sơ"),
          lock: async (y) => {
            const awarded = (await db.awardNominee.findMany({ where: { proposalId: y.proposalId } })).map((n) => n.id);
            const decision = { decisionNumber: "245/QĐ-UBND", decisionDate: new Date("2026-02-10T00:00:00Z"), decisionIssuer: "Chủ tịch UBND tỉnh", awarded };
            return retryStale("awards.errors.stale", proposalVersion(y.proposalId), (v) => awards.decideProposal(board, y.proposalId, v, decision));
          },
          judge: (y) => ({
            lockKey: "awards.errors.decided",
            // Returned first: there is nothing to decide any more.
            lockRefusals: ["awards.errors.wrongStatus"],
            applied: async () => (await db.awardProposal.findUniqueOrThrow({ where: { id: y.proposalId } })).status === "RETURNED",
            writeAudit: { action: "proposal.return", entityId: y.proposalId },
            lockAudit: { action: "proposal.decide", entityId: y.proposalId },
          }),
        },
      ),
    RACE_TIMEOUT,
  );
});

const DAY = new Date("2026-01-15T00:00:00Z");
const dated = async (kind: string, subjectId: string) => (await db.documentDate.count({ where: { kind, subjectId } })) === 1;

/** A document's date raced against what issues the document. */
function dateRace<Y>(
  kind: "pledge" | "review-minutes" | "award-submission" | "achievement-report" | "plan",
  subject: (y: Y) => string,
  lock: (y: Y) => Promise<unknown>,
  lockAudit: (y: Y) => { action: string; entityId: string },
): RaceSpec<Y> {
  return {
    write: (y: Y) => setDocumentDate(board, { kind, subjectId: subject(y), date: DAY }),
    lock,
    judge: (y: Y) => ({
      lockKey: "documents.errors.issued",
      applied: () => dated(kind, subject(y)),
      writeAudit: { action: "document.date.set", after: { path: ["subjectId"], equals: subject(y) } },
      lockAudit: lockAudit(y),
    }),
  };
}

describe("a document's date raced against what issues the document: it is set before, or refused as issued", () => {
  it(
    "pledge vs its last signature",
    async () => {
      const sign = (y: Awaited<ReturnType<typeof openPledge>>) =>
        pledges.signPledge(board, y.pledgeId, 1, { unitId: y.units[2], signerName: "Thủ trưởng", signerTitle: "Giám đốc", conferenceId: null });
      await raceAll(
        "documents",
        "pledge date",
        "last signature",
        (year) => openPledge(year, 2),
        dateRace(
          "pledge",
          (y) => y.pledgeId,
          sign,
          (y) => ({ action: "pledge.sign", entityId: y.pledgeId }),
        ),
      );
    },
    RACE_TIMEOUT,
  );

  it(
    "review minutes vs the approval",
    async () => {
      const signedOff = async (year: number) => {
        const y = await raceYear(year, "submitted");
        return { ...y, snapshot: await ranking.signOff(board, y.id, "Thủ trưởng") };
      };
      type Signed = Awaited<ReturnType<typeof signedOff>>;
      const approve = (y: Signed) => ranking.approveRanking(board, y.snapshot.id, y.snapshot.version);
      await raceAll(
        "documents",
        "review minutes date",
        "approval",
        signedOff,
        dateRace(
          "review-minutes",
          (y: Signed) => y.snapshot.id,
          approve,
          (y) => ({ action: "rankingSnapshot.approve", entityId: y.snapshot.id }),
        ),
      );
    },
    RACE_TIMEOUT,
  );

  for (const kind of ["award-submission", "achievement-report"] as const) {
    it(
      `${kind} vs the submission`,
      async () => {
        const subject = (y: AwardYear) => (kind === "award-submission" ? y.proposalId : u0Merit(y).id);
        await raceAll(
          "documents",
          `${kind} date`,
          "submission",
          (year) => awardYear(year, forms, board),
          dateRace(kind, subject, submit, (y) => ({ action: "proposal.submit", entityId: y.proposalId })),
        );
      },
      RACE_TIMEOUT,
    );
  }

  it(
    "plan vs the year's closing",
    async () => {
      type Planned = Awaited<ReturnType<typeof openPledge>>;
      const close = (y: Planned) => updateBlocYear(board, y.yearId, { status: "CLOSED", theme: null, slogan: null, motto: null });
      await raceAll(
        "documents",
        "plan date",
        "closing the year",
        (year) => openPledge(year, 0),
        dateRace(
          "plan",
          (y: Planned) => y.yearId,
          close,
          (y) => ({ action: "blocYear.update", entityId: y.yearId }),
        ),
      );
    },
    RACE_TIMEOUT,
  );
});
