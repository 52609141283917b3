// A write racing a lock lands before it or is refused (docs/SECURITY.md, "Writes against a lock"):
// every kind of score write raced against the board's approval of a signed-off ranking (the sheets
// stay locked: every write is refused and the approved snapshot is the signed-off one), and
// evidence files raced against the unit's submit (a file lands before the submit, which then counts
// it, or is refused: never a submitted sheet without the evidence its submit found). Rounds of
// pairs on fresh years, as in lock-races-sign-off.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Evidence files are stored under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-lock-races-")), "data");

const { db } = await import("@/lib/db");
const ranking = await import("@/lib/ranking/service");
const scoring = await import("@/lib/scoring/service");
const evidence = await import("@/lib/evidence/service");
const { storedActor } = await import("../support/actors");
const { raceYear } = await import("../support/lock-race-years");
const { SCORE_WRITES } = await import("../support/lock-race-writes");
const { auditIdOf, emptyTally, PAIRS, RACE_TIMEOUT, raceRounds, report, ROUNDS } = await import("../support/lock-races");
type RaceYear = import("../support/lock-race-years").RaceYear;
type AppSession = import("@/lib/auth/session-types").AppSession;

// The score import does not throw: it answers with the rows it refused (tests/support/lock-race-writes.ts).
const REFUSALS = ["scoring.errors.locked", "imports.year_locked"];

let board: AppSession;

beforeAll(async () => {
  board = await storedActor({ userId: "race-board", username: "race-board", name: "Cán bộ Ban" });
});

/** Everything a score write could change in the year. */
const yearState = (blocYearId: string) =>
  Promise.all([
    db.scoreSheet.findMany({ where: { blocYearId }, include: { entries: { orderBy: [{ nodeId: "asc" }, { layer: "asc" }] } }, orderBy: { id: "asc" } }),
    db.attachment.findMany({ where: { blocYearId }, orderBy: { id: "asc" } }),
    db.roundExtension.count({ where: { round: { blocYearId } } }),
  ]);

let calendarYear = 2100;

type Signed = { year: RaceYear; snapshot: { id: string; version: number; data: unknown }; state: Awaited<ReturnType<typeof yearState>> };

describe("score writes raced against the approval: each is refused as locked, and the approved snapshot is the signed-off one", () => {
  // A sign-off needs every member's sheet: the kinds that start without u2's run on its submitted, locked sheet.
  for (const kind of SCORE_WRITES.filter((k) => k.u2 !== "none")) {
    it(
      `${kind.action} (u2's sheet ${kind.u2} before the sign-off)`,
      async () => {
        const t = emptyTally();
        const base = (calendarYear += ROUNDS);
        await raceRounds(
          async (round): Promise<Signed> => {
            const year = await raceYear(base + round, "submitted");
            const { id, version } = await ranking.signOff(board, year.id, "Thủ trưởng");
            const snapshot = await db.rankingSnapshot.findUniqueOrThrow({ where: { id } });
            return { year, snapshot: { id, version, data: snapshot.data }, state: await yearState(year.id) };
          },
          ({ year }) => kind.write(year, board),
          ({ snapshot }) => ranking.approveRanking(board, snapshot.id, snapshot.version),
          async ({ year, snapshot, state }, { write, lock }) => {
            if (!lock.ok) t.problems.push(`approval refused with ${lock.key}`);
            if (write.ok) t.problems.push("a write on the approved year succeeded");
            else if (REFUSALS.includes(write.key)) t.refused++;
            else t.problems.push(`write refused with ${write.key}`);
            const approved = await db.rankingSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
            if (approved.status !== "APPROVED" || JSON.stringify(approved.data) !== JSON.stringify(snapshot.data))
              t.problems.push("the approved snapshot differs");
            if (JSON.stringify(await yearState(year.id)) !== JSON.stringify(state)) t.problems.push("the year's sheets changed");
            if (await auditIdOf(kind.audit?.(year) ?? { action: kind.action, blocId: year.blocId })) t.after++;
          },
        );
        report("scores", kind.action, "approval", t);
        expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
        expect(t.refused).toBe(ROUNDS * PAIRS);
      },
      RACE_TIMEOUT,
    );
  }
});

const u2Sheet = (y: RaceYear) => ({ id: y.sheets.u2.id, blocYearId: y.id });
const submit = async (y: RaceYear) =>
  scoring.submitSheet(board, y.sheets.u2.id, (await db.scoreSheet.findUniqueOrThrow({ where: { id: y.sheets.u2.id } })).version, "Thủ trưởng");

/** Leaf 2 of u2's draft needs evidence and has one file: a delete leaves it without, an upload adds a second. */
const EVIDENCE_WRITES = [
  {
    action: "attachment.upload",
    write: (y: RaceYear) => evidence.uploadEvidence(board, u2Sheet(y), "2", { name: "minh-chung-2.pdf", bytes: new Uint8Array(y.pdf) }),
    // The submit refuses nothing an upload changes. The upload checks the sheet once before it writes the file: a wider span.
    submitRefusals: [] as string[],
    span: 16,
  },
  {
    action: "attachment.delete",
    write: (y: RaceYear) => evidence.deleteEvidence(board, u2Sheet(y), y.evidenceId!),
    submitRefusals: ["scoring.rules.missing_evidence"],
    span: 4,
  },
];

describe("evidence raced against the unit's submit: a file lands before the submit, or is refused as the sheet is no longer editable", () => {
  for (const kind of EVIDENCE_WRITES) {
    it(
      kind.action,
      async () => {
        const t = emptyTally();
        const base = (calendarYear += ROUNDS);
        await raceRounds(
          (round) => raceYear(base + round, "draft"),
          kind.write,
          submit,
          async (y, { write, lock }) => {
            if (!write.ok && write.key !== "scoring.errors.notEditable") t.problems.push(`write refused with ${write.key}`);
            if (!lock.ok && !kind.submitRefusals.includes(lock.key)) t.problems.push(`submit refused with ${lock.key}`);
            if (!lock.ok) t.lockRefused++;
            const files = await db.attachment.count({ where: { sheetId: y.sheets.u2.id, nodeId: y.nodes.n2 } });
            if (lock.ok && files === 0) t.problems.push("a submitted sheet without the evidence its leaf needs");
            if (!write.ok) return void t.refused++;
            t.first++;
            if (!lock.ok) return;
            const writeId = await auditIdOf({ action: kind.action, blocId: y.blocId });
            const submitId = await auditIdOf({ action: "score.submit", blocId: y.blocId });
            if (writeId === null || submitId === null) t.problems.push("a success without its audit entry");
            else if (writeId > submitId) t.after++;
          },
          kind.span,
        );
        report("evidence", kind.action, "submit", t);
        expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
        expect(t.first + t.refused).toBe(ROUNDS * PAIRS);
      },
      RACE_TIMEOUT,
    );
  }
});
