// Security item 7, "Locked data is not always locked": every kind of score write raced against the
// sign-off that locks the year's sheets. Each round starts one pair per kind of write, all at once,
// each pair on a fresh bloc year; ten rounds. A write either lands before the sign-off (its audit
// entry comes first and its effect is in the snapshot) or is refused with the lock's message.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Evidence files are stored under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-lock-races-")), "data");

const { db } = await import("@/lib/db");
const { DomainError } = await import("@/lib/errors");
const scoring = await import("@/lib/scoring/service");
const evidence = await import("@/lib/scoring/evidence-service");
const { importScores } = await import("@/lib/scoring/score-import");
const ranking = await import("@/lib/ranking/service");
const { storedActor } = await import("../support/actors");
const { saveSelf } = await import("../support/self-save");
const { raceYear } = await import("../support/lock-race-years");
const { auditIdOf, emptyTally, PAIRS, RACE_TIMEOUT, raceRounds, report, ROUNDS } = await import("../support/lock-races");
type RaceYear = import("../support/lock-race-years").RaceYear;
type Tally = import("../support/lock-races").Tally;
type RaceOutcome = import("../support/lock-races").RaceOutcome;
type SnapshotData = import("@/lib/ranking/types").RankingSnapshotData;
type AppSession = import("@/lib/auth/session-types").AppSession;

const DAY = 24 * 60 * 60 * 1000;
const LOCKED = "scoring.errors.locked";
// What a sign-off answers when the write that came first left u2 without a submitted sheet.
const MISSING = "ranking.errors.missingSheets";

let board: AppSession;

type Kind = {
  /** The write's audit action: its entry is how "before the lock" is told from "after". */
  action: string;
  u2: "submitted" | "draft" | "none";
  write: (y: RaceYear) => Promise<unknown>;
  /** The write's success entry, when it is not found by its action and bloc. */
  audit?: (y: RaceYear) => Parameters<typeof auditIdOf>[0];
  /** The sign-off's refusals to expect: never one, unless u2's sheet is not submitted before the race or the write can take it out. */
  lockRefusals?: string[];
  /** Where the write succeeded and so did the sign-off: whether the snapshot shows it. */
  inSnapshot?: (y: RaceYear, data: SnapshotData) => boolean;
};

const leafOf = (y: RaceYear, data: SnapshotData, code: string) => data.rows.find((r) => r.unitId === y.u.u2)?.leaves.find((l) => l.code === code);
const version = async (sheetId: string) => (await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).version;
const changed = [{ code: "1", points: 5, passed: null, note: "Điểm rà soát lại" }];
const selfEntries = [
  { code: "1", points: 6, passed: null, note: null },
  { code: "2", points: 15, passed: null, note: null },
];

const KINDS: Kind[] = [
  { action: "score.assignReviewer", u2: "submitted", write: (y) => scoring.assignReviewer(board, y.id, y.u.u2, y.u.u1) },
  {
    action: "score.review",
    u2: "submitted",
    write: async (y) => scoring.saveLayer(board, y.sheets.u2.id, await version(y.sheets.u2.id), "REVIEWED", changed),
    inSnapshot: (y, data) => leafOf(y, data, "1")?.reviewed === 5,
  },
  {
    action: "score.appraise",
    u2: "submitted",
    write: async (y) => scoring.saveLayer(board, y.sheets.u2.id, await version(y.sheets.u2.id), "APPRAISED", changed),
    inSnapshot: (y, data) => leafOf(y, data, "1")?.appraised === 5,
  },
  {
    action: "score.return",
    u2: "submitted",
    write: async (y) => scoring.returnSheet(board, y.sheets.u2.id, await version(y.sheets.u2.id), "Bổ sung minh chứng"),
    lockRefusals: [MISSING],
  },
  {
    action: "score.submit",
    u2: "draft",
    write: async (y) => scoring.submitSheet(board, y.sheets.u2.id, await version(y.sheets.u2.id), "Thủ trưởng"),
    lockRefusals: [MISSING],
    inSnapshot: (y, data) => data.rows.some((r) => r.unitId === y.u.u2),
  },
  {
    action: "round.extend",
    u2: "submitted",
    write: (y) => scoring.addExtension(board, y.id, { unitId: null, closesAt: new Date(Date.now() + 2 * DAY), reason: "Gia hạn chung" }),
  },
  { action: "score.self.save", u2: "draft", write: async (y) => saveSelf(board, y.id, y.u.u2, await version(y.sheets.u2.id), selfEntries), lockRefusals: [MISSING] },
  { action: "score.self.save", u2: "none", write: (y) => saveSelf(board, y.id, y.u.u2, 0, selfEntries), lockRefusals: [MISSING] },
  {
    action: "score.import",
    u2: "draft",
    write: async (y) => {
      const rows = [{ row: 2, bloc: y.blocCode, unit: y.u2Code, leaf: "1", points: 4 }];
      const result = await importScores(board, y.calendarYear, rows, `diem-${y.blocCode}.xlsx`);
      if (!result.ok) throw new DomainError(`imports.${result.errors[0].code}`);
      return result;
    },
    audit: (y) => ({ action: "score.import", entityId: String(y.calendarYear) }),
    lockRefusals: [MISSING],
  },
  {
    action: "attachment.upload",
    u2: "draft",
    write: (y) => evidence.uploadEvidence(board, { id: y.sheets.u2.id, blocYearId: y.id }, "2", { name: "minh-chung-moi.pdf", bytes: new Uint8Array(y.pdf) }),
    lockRefusals: [MISSING],
  },
  { action: "attachment.delete", u2: "draft", write: (y) => evidence.deleteEvidence(board, { id: y.sheets.u2.id, blocYearId: y.id }, y.evidenceId!), lockRefusals: [MISSING] },
];

/** One pair's checks; what went wrong is added to the tally. */
async function judge(kind: Kind, y: RaceYear, outcome: RaceOutcome, t: Tally) {
  const { write, lock } = outcome;
  if (!write.ok && write.key !== LOCKED) t.problems.push(`write refused with ${write.key}`);
  if (!lock.ok && !(kind.lockRefusals ?? []).includes(lock.key)) t.problems.push(`sign-off refused with ${lock.key}`);
  if (!lock.ok) {
    t.lockRefused++;
    // Nothing was locked, so nothing may have been refused as locked.
    if (!write.ok) t.problems.push("refused as locked without a sign-off");
    else t.first++;
    return;
  }
  if (!write.ok) {
    t.refused++;
    return;
  }
  t.first++;
  const writeId = await auditIdOf(kind.audit?.(y) ?? { action: kind.action, blocId: y.blocId });
  const lockId = await auditIdOf({ action: "rankingSnapshot.signOff", blocId: y.blocId });
  if (writeId === null || lockId === null) t.problems.push("a success without its audit entry");
  else if (writeId > lockId) t.after++;
  const snapshot = await db.rankingSnapshot.findFirstOrThrow({ where: { blocYearId: y.id } });
  if (kind.inSnapshot && !kind.inSnapshot(y, snapshot.data as SnapshotData)) t.problems.push("the write is missing from the snapshot");
  if ((await db.scoreSheet.count({ where: { blocYearId: y.id, lockedAt: null } })) > 0) t.problems.push("a sheet of the signed-off year is not locked");
}

beforeAll(async () => {
  board = await storedActor({ userId: "race-board", username: "race-board", name: "Cán bộ Ban" });
});

let calendarYear = 2040;

describe("score writes raced against the sign-off: each lands before it and is in its snapshot, or is refused as locked", () => {
  for (const kind of KINDS) {
    it(
      `${kind.action} (u2's sheet ${kind.u2})`,
      async () => {
        const t = emptyTally();
        // A calendar year per round: the score import holds every bloc year of its year.
        const base = (calendarYear += ROUNDS);
        await raceRounds(
          (round) => raceYear(base + round, kind.u2),
          kind.write,
          (y) => ranking.signOff(board, y.id, "Thủ trưởng"),
          (y, outcome) => judge(kind, y, outcome, t),
        );
        report("scores", `${kind.action} (u2 ${kind.u2})`, "sign-off", t);
        expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
        expect(t.first + t.refused).toBe(ROUNDS * PAIRS);
      },
      RACE_TIMEOUT,
    );
  }
});
