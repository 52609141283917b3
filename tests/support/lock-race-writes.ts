// Every kind of score write, as the lock races (tests/integration/lock-races-*.test.ts) run them
// through the service functions the actions call, on a fresh year of tests/support/lock-race-years.ts.
import type { AppSession } from "@/lib/auth/session-types";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import * as evidence from "@/lib/evidence/service";
import { importScores } from "@/lib/imports/score-import";
import * as scoring from "@/lib/scoring/service";
import type { RaceYear } from "./lock-race-years";
import type { auditIdOf } from "./lock-races";
import { saveSelf } from "./self-save";

const DAY = 24 * 60 * 60 * 1000;
// What a sign-off answers when the write that came first left u2 without a submitted sheet.
const MISSING = "ranking.errors.missingSheets";

export type ScoreWrite = {
  /** The write's audit action: its entry is how "before the lock" is told from "after". */
  action: string;
  u2: "submitted" | "draft" | "none";
  write: (y: RaceYear, board: AppSession) => Promise<unknown>;
  /** The write's success entry, when it is not found by its action and bloc. */
  audit?: (y: RaceYear) => Parameters<typeof auditIdOf>[0];
  /** The sign-off's refusals to expect: never one, unless u2's sheet is not submitted before the race or the write can take it out. */
  lockRefusals?: string[];
  /** Where the write succeeded and so did the sign-off: whether the snapshot shows it. */
  inSnapshot?: (y: RaceYear, data: RankingSnapshotData) => boolean;
};

const leafOf = (y: RaceYear, data: RankingSnapshotData, code: string) => data.rows.find((r) => r.unitId === y.u.u2)?.leaves.find((l) => l.code === code);
const version = async (sheetId: string) => (await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).version;
const changed = [{ code: "1", points: 5, passed: null, note: "Điểm rà soát lại" }];
const selfEntries = [
  { code: "1", points: 6, passed: null, note: null },
  { code: "2", points: 15, passed: null, note: null },
];
const u2Sheet = (y: RaceYear) => ({ id: y.sheets.u2.id, blocYearId: y.id });

/** Each kind of score write, by `board` (the services check no permission: the actions do). */
export const SCORE_WRITES: ScoreWrite[] = [
  { action: "score.assignReviewer", u2: "submitted", write: (y, board) => scoring.assignReviewer(board, y.id, y.u.u2, y.u.u1) },
  {
    action: "score.review",
    u2: "submitted",
    write: async (y, board) => scoring.saveLayer(board, y.sheets.u2.id, await version(y.sheets.u2.id), "REVIEWED", changed),
    inSnapshot: (y, data) => leafOf(y, data, "1")?.reviewed === 5,
  },
  {
    action: "score.appraise",
    u2: "submitted",
    write: async (y, board) => scoring.saveLayer(board, y.sheets.u2.id, await version(y.sheets.u2.id), "APPRAISED", changed),
    inSnapshot: (y, data) => leafOf(y, data, "1")?.appraised === 5,
  },
  {
    action: "score.return",
    u2: "submitted",
    write: async (y, board) => scoring.returnSheet(board, y.sheets.u2.id, await version(y.sheets.u2.id), "Bổ sung minh chứng"),
    lockRefusals: [MISSING],
  },
  {
    action: "score.submit",
    u2: "draft",
    write: async (y, board) => scoring.submitSheet(board, y.sheets.u2.id, await version(y.sheets.u2.id), "Thủ trưởng"),
    lockRefusals: [MISSING],
    inSnapshot: (y, data) => data.rows.some((r) => r.unitId === y.u.u2),
  },
  {
    action: "round.extend",
    u2: "submitted",
    write: (y, board) => scoring.addExtension(board, y.id, { unitId: null, closesAt: new Date(Date.now() + 2 * DAY), reason: "Gia hạn chung" }),
  },
  {
    // The round's window: after a sign-off it would reopen or shut a window on locked sheets.
    action: "round.update",
    u2: "submitted",
    write: (y, board) => scoring.setRound(board, y.id, { opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + 3 * DAY) }),
  },
  {
    action: "score.self.save",
    u2: "draft",
    write: async (y, board) => saveSelf(board, y.id, y.u.u2, await version(y.sheets.u2.id), selfEntries),
    lockRefusals: [MISSING],
  },
  { action: "score.self.save", u2: "none", write: (y, board) => saveSelf(board, y.id, y.u.u2, 0, selfEntries), lockRefusals: [MISSING] },
  {
    action: "score.import",
    u2: "draft",
    write: async (y, board) => {
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
    write: (y, board) => evidence.uploadEvidence(board, u2Sheet(y), "2", { name: "minh-chung-moi.pdf", bytes: new Uint8Array(y.pdf) }),
    lockRefusals: [MISSING],
  },
  { action: "attachment.delete", u2: "draft", write: (y, board) => evidence.deleteEvidence(board, u2Sheet(y), y.evidenceId!), lockRefusals: [MISSING] },
];
