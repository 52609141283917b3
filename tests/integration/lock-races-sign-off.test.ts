// A write racing a lock lands before it or is refused (docs/SECURITY.md, "Writes against a lock"):
// every kind of score write raced against the sign-off that locks the year's sheets. Each round
// starts one pair per kind of write, all at once, each pair on a fresh bloc year; ten rounds. A
// write either lands before the sign-off (its audit entry comes first and its effect is in the
// snapshot) or is refused with the lock's message.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Evidence files are stored under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-lock-races-")), "data");

const { db } = await import("@/lib/db");
const ranking = await import("@/lib/ranking/service");
const { storedActor } = await import("../support/actors");
const { raceYear } = await import("../support/lock-race-years");
const { SCORE_WRITES } = await import("../support/lock-race-writes");
const { auditIdOf, emptyTally, PAIRS, RACE_TIMEOUT, raceRounds, report, ROUNDS } = await import("../support/lock-races");
type RaceYear = import("../support/lock-race-years").RaceYear;
type Tally = import("../support/lock-races").Tally;
type RaceOutcome = import("../support/lock-races").RaceOutcome;
type SnapshotData = import("@/lib/ranking/types").RankingSnapshotData;
type ScoreWrite = import("../support/lock-race-writes").ScoreWrite;
type AppSession = import("@/lib/auth/session-types").AppSession;

const LOCKED = "scoring.errors.locked";

let board: AppSession;

/** One pair's checks; what went wrong is added to the tally. */
async function judge(kind: ScoreWrite, y: RaceYear, outcome: RaceOutcome, t: Tally) {
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
  for (const kind of SCORE_WRITES) {
    it(
      `${kind.action} (u2's sheet ${kind.u2})`,
      async () => {
        const t = emptyTally();
        // A calendar year per round: the score import holds every bloc year of its year.
        const base = (calendarYear += ROUNDS);
        await raceRounds(
          (round) => raceYear(base + round, kind.u2),
          (y) => kind.write(y, board),
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
