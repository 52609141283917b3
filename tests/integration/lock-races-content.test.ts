// A write racing a lock lands before it or is refused (docs/SECURITY.md, "Writes against a lock"):
// each criteria write raced against the publication of the set, each pledge content write against
// the opening for signing (which freezes the content), and the last two signatures against each
// other (the pledge's completion). A write lands before the lock, which then shows it, or is
// refused with the lock's message; the lock then goes through, retried on a stale version as a user
// who reloads would.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as criteria from "@/lib/criteria/service";
import { criteriaToXlsx, readCriteriaXlsx } from "@/lib/criteria/excel";
import type { CriteriaRow } from "@/lib/criteria/excel-rows";
import * as pledges from "@/lib/pledges/service";
import * as items from "@/lib/pledges/item-service";
import type { AppSession } from "@/lib/auth/session-types";
import { storedActor } from "../support/actors";
import { contentYear, criteriaTemplate, openPledge, retryStale, type ContentYear } from "../support/lock-race-content";
import { emptyTally, judgeRace, PAIRS, RACE_TIMEOUT, raceRounds, report, ROUNDS } from "../support/lock-races";

let board: AppSession;
let templateId: string;
let rows: CriteriaRow[];

beforeAll(async () => {
  board = await storedActor({ userId: "race-board", username: "race-board", name: "Cán bộ Ban" });
  templateId = await criteriaTemplate();
  const leaf = { type: "leaf" as const, code: "M1", title: "Tiêu chí nhập", guidance: "", kind: "standard" as const, maxPoints: 10, evidenceRequired: false };
  rows = readCriteriaXlsx(await criteriaToXlsx([{ type: "group", code: "M", title: "Nhóm nhập", guidance: "", children: [leaf] }]));
});

type Kind = { action: string; write: (y: ContentYear) => Promise<unknown>; applied: (y: ContentYear) => Promise<boolean> };

let calendarYear = 2200;
const node = (id: string) => db.criterionNode.findUnique({ where: { id } });
const hasCode = async (y: ContentYear, code: string) => (await db.criterionNode.count({ where: { setId: y.set.id, code } })) === 1;
const input = (code: string, title: string) => ({ code, title, guidance: null, kind: "STANDARD" as const, maxPoints: 5, evidenceRequired: false });

const CRITERIA: Kind[] = [
  { action: "node.create", write: (y) => criteria.addNode(board, y.set.id, 1, y.set.groupId, input("3", "Tiêu chí 3")), applied: (y) => hasCode(y, "3") },
  {
    action: "node.update",
    write: (y) => criteria.updateNode(board, y.set.n1, 1, input("1", "Tiêu chí đã sửa")),
    applied: async (y) => (await node(y.set.n1))?.title === "Tiêu chí đã sửa",
  },
  { action: "node.delete", write: (y) => criteria.deleteNode(board, y.set.n2, 1), applied: async (y) => (await node(y.set.n2)) === null },
  { action: "node.move", write: (y) => criteria.moveNode(board, y.set.n2, 1, "up"), applied: async (y) => (await node(y.set.n2))?.position === 0 },
  { action: "import", write: (y) => criteria.importRows(board, y.set.id, 1, rows, "tieu-chi.xlsx"), applied: (y) => hasCode(y, "M1") },
  { action: "copy.template", write: (y) => criteria.copyFromTemplate(board, y.set.id, 1, templateId), applied: (y) => hasCode(y, "T1") },
  { action: "copy.previousYear", write: (y) => criteria.copyFromPreviousYear(board, y.set.id, 1), applied: (y) => hasCode(y, "P1") },
];

describe("criteria writes raced against the publication: each is in the published set, or refused as published", () => {
  for (const kind of CRITERIA) {
    it(
      kind.action,
      async () => {
        const t = emptyTally();
        const base = (calendarYear += ROUNDS);
        const version = (y: ContentYear) => async () => (await db.criteriaSet.findUniqueOrThrow({ where: { id: y.set.id } })).version;
        await raceRounds(
          (round) => contentYear(base + round),
          kind.write,
          (y) => retryStale("criteria.errors.stale", version(y), (v) => criteria.publishSet(board, y.set.id, v)),
          (y, outcome) =>
            judgeRace(t, outcome, {
              lockKey: "criteria.errors.published",
              applied: () => kind.applied(y),
              writeAudit: { action: `criteriaSet.${kind.action}`, entityId: y.set.id },
              lockAudit: { action: "criteriaSet.publish", entityId: y.set.id },
            }),
        );
        report("criteria", kind.action, "publication", t);
        expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
        expect(t.first + t.refused).toBe(ROUNDS * PAIRS);
      },
      RACE_TIMEOUT,
    );
  }
});

const itemWith = async (y: ContentYear, content: string) => (await db.pledgeItem.count({ where: { pledgeId: y.pledge.id, content } })) === 1;

const PLEDGE: Kind[] = [
  {
    action: "update",
    write: (y) => pledges.updatePledge(board, y.pledge.id, 1, { title: "Giao ước đã sửa", preamble: null }),
    applied: async (y) => (await db.pledge.findUniqueOrThrow({ where: { id: y.pledge.id } })).title === "Giao ước đã sửa",
  },
  { action: "item.create", write: (y) => items.addItem(board, y.pledge.id, 1, "Nội dung thêm"), applied: (y) => itemWith(y, "Nội dung thêm") },
  { action: "item.update", write: (y) => items.updateItem(board, y.pledge.items[0], 1, "Nội dung đã sửa"), applied: (y) => itemWith(y, "Nội dung đã sửa") },
  { action: "item.delete", write: (y) => items.deleteItem(board, y.pledge.items[1], 1), applied: async (y) => !(await itemWith(y, "Nội dung thứ hai")) },
  {
    action: "item.move",
    write: (y) => items.moveItem(board, y.pledge.items[1], 1, "up"),
    applied: async (y) => (await db.pledgeItem.findUniqueOrThrow({ where: { id: y.pledge.items[1] } })).position === 0,
  },
  { action: "item.copy", write: (y) => items.copyItemsFromLastYear(board, y.pledge.id, 1), applied: (y) => itemWith(y, "Nội dung năm trước") },
];

describe("pledge content writes raced against the opening for signing: each is in the content opened, or refused as frozen", () => {
  for (const kind of PLEDGE) {
    it(
      kind.action,
      async () => {
        const t = emptyTally();
        const base = (calendarYear += ROUNDS);
        const version = (y: ContentYear) => async () => (await db.pledge.findUniqueOrThrow({ where: { id: y.pledge.id } })).version;
        await raceRounds(
          (round) => contentYear(base + round),
          kind.write,
          (y) => retryStale("pledges.errors.stale", version(y), (v) => pledges.openForSigning(board, y.pledge.id, v)),
          async (y, outcome) => {
            await judgeRace(t, outcome, {
              lockKey: "pledges.errors.frozen",
              applied: () => kind.applied(y),
              writeAudit: { action: `pledge.${kind.action}`, entityId: y.pledge.id },
              lockAudit: { action: "pledge.open", entityId: y.pledge.id },
            });
            // What the opening froze is what stands.
            const opened = await db.auditLog.findFirstOrThrow({ where: { action: "pledge.open", entityId: y.pledge.id } });
            if ((opened.after as { itemCount: number }).itemCount !== (await db.pledgeItem.count({ where: { pledgeId: y.pledge.id } }))) {
              t.problems.push("the items opened for signing differ from the items now");
            }
          },
        );
        report("pledges", kind.action, "opening for signing", t);
        expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
        expect(t.first + t.refused).toBe(ROUNDS * PAIRS);
      },
      RACE_TIMEOUT,
    );
  }
});

describe("the last two signatures of a pledge raced against each other", () => {
  it(
    "both stand, and the pledge is signed once, on the later one's day",
    async () => {
      const t = emptyTally();
      const base = (calendarYear += ROUNDS);
      const sign = (pledgeId: string, unitId: string) =>
        pledges.signPledge(board, pledgeId, 1, { unitId, signerName: "Thủ trưởng", signerTitle: "Giám đốc", conferenceId: null });
      await raceRounds(
        (round) => openPledge(base + round, 1),
        (y) => sign(y.pledgeId, y.units[1]),
        (y) => sign(y.pledgeId, y.units[2]),
        async (y, { write, lock }) => {
          if (!write.ok || !lock.ok) return void t.problems.push(`a signature refused with ${write.ok ? "" : write.key} ${lock.ok ? "" : lock.key}`);
          t.first++;
          const pledge = await db.pledge.findUniqueOrThrow({ where: { id: y.pledgeId }, include: { signatures: true } });
          const completions = await db.auditLog.count({
            where: { action: "pledge.sign", entityId: y.pledgeId, after: { path: ["pledgeStatus"], equals: "SIGNED" } },
          });
          const last = Math.max(...pledge.signatures.map((s) => s.signedAt.getTime()));
          if (pledge.status !== "SIGNED" || completions !== 1 || pledge.signedAt?.getTime() !== last) t.problems.push("the pledge was not completed once");
        },
      );
      report("pledges", "a signature", "the other last signature", t);
      expect(t.problems).toEqual([]);
      expect(t.first).toBe(ROUNDS * PAIRS);
    },
    RACE_TIMEOUT,
  );
});
