// No lost update (docs/SECURITY.md, the table): 50 clients edit one score sheet, and one pledge, at
// the same time through the service functions the actions call. Versioned writes must refuse every
// stale attempt with a message, never lose one, and leave the state of one serial order.
//
// On PostgreSQL the clients share the pool (DATABASE_POOL_MAX, 4 in tests) and really run in
// parallel: the losers block on the row lock of the version claim, then find the version gone.
// PGlite has one session, reached through a pool of one connection (tests/support/db-setup.ts):
// there "concurrent" means 50 transactions queued and interleaved, each starting from the
// version read before any of them ran.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/chain";
import { db } from "@/lib/db";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { DomainError } from "@/lib/errors";
import * as pledges from "@/lib/pledges/service";
import * as items from "@/lib/pledges/item-service";
import type { EntryInput } from "@/lib/scoring/schemas";
import { storedActor } from "../support/actors";
import { usePostgres } from "../support/test-db";
import { saveSelf } from "../support/self-save";

const CLIENTS = 50;
// Up to 50 + 49 + … + 1 = 1 275 transactions per race: on PGlite, queued one at a time.
const RACE_TIMEOUT = 180_000;
const DAY = 24 * 60 * 60 * 1000;
const engine = usePostgres
  ? `PostgreSQL, pool of ${process.env.DATABASE_POOL_MAX}`
  : `PGlite, pool of ${process.env.DATABASE_POOL_MAX} (one session: interleaved, not parallel)`;

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** A bloc year of two members with a published set (leaves 1 and 2, max 100 each) and an open round. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `cboard-${tag}`, username: `cboard-${tag}` });
  const u0 = await db.unit.create({ data: { code: `C${tag}-0`, name: `Đơn vị đồng thời 0 (${tag})`, shortName: "C0" } });
  const u1 = await db.unit.create({ data: { code: `C${tag}-1`, name: `Đơn vị đồng thời 1 (${tag})`, shortName: "C1" } });
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `CC${tag}`, name: `Khối đồng thời ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, [u0.id, u1.id]);
  await setLeadership(board, year.id, u0.id, u1.id);
  const set = await db.criteriaSet.create({ data: { blocYearId: year.id, name: "Bảng tiêu chí 2026", status: "PUBLISHED", publishedAt: new Date() } });
  for (const [position, code] of ["1", "2"].entries()) {
    await db.criterionNode.create({ data: { setId: set.id, position, code, title: `Tiêu chí ${code}`, kind: "STANDARD", maxHundredths: 10_000 } });
  }
  await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + DAY) } });
  const officer = await storedActor({
    userId: `cofficer-${tag}`,
    username: `cofficer-${tag}`,
    name: "Cán bộ chấm",
    role: "UNIT_OFFICER",
    unitId: u0.id,
    allBlocs: false,
  });
  return { board, officer, yearId: year.id, unitId: u0.id };
}

type Outcome<R> = { client: number; result: R; firstTry: boolean; attempts: number; stale: number };
type Tally = { attempts: number; stale: number; firstWaveSuccesses: number };

/**
 * 50 clients start together from the version read before; each one that is refused as stale
 * re-reads the version and tries again until it succeeds. Any other failure fails the test.
 */
async function race<R>(staleKey: string, readVersion: () => Promise<number>, write: (client: number, version: number) => Promise<R>) {
  const start = await readVersion();
  const client = async (i: number): Promise<Outcome<R>> => {
    let version = start;
    let attempts = 0;
    let stale = 0;
    for (;;) {
      attempts++;
      try {
        return { client: i, result: await write(i, version), firstTry: attempts === 1, attempts, stale };
      } catch (error) {
        if (!(error instanceof DomainError) || error.key !== staleKey) throw error;
        stale++;
        version = await readVersion();
      }
    }
  };
  const outcomes = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  const tally: Tally = {
    attempts: outcomes.reduce((n, o) => n + o.attempts, 0),
    stale: outcomes.reduce((n, o) => n + o.stale, 0),
    firstWaveSuccesses: outcomes.filter((o) => o.firstTry).length,
  };
  return { start, outcomes, tally };
}

function report(what: string, tally: Tally, lost: number) {
  console.info(
    `[concurrency] ${what} on ${engine}: ${CLIENTS} clients, ${tally.attempts} attempts, ${tally.stale} stale refusals, ${CLIENTS} successes, lost updates ${lost}`,
  );
}

/** Audit entries of one entity and action, in the order they were written (commit order: writers queue on the version claim). */
const auditsOf = (action: string, entityId: string, sinceId: bigint) =>
  db.auditLog.findMany({ where: { action, entityId, id: { gt: sinceId } }, orderBy: { id: "asc" } });
const lastAuditId = async () => (await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

beforeAll(async () => {
  w = await makeWorld();
});

describe("50 concurrent saves of one score sheet", () => {
  it(
    "refuse the stale ones, lose nothing, and end in the state of one serial order",
    async () => {
      const first = await saveSelf(w.officer, w.yearId, w.unitId, 0, []);
      const sinceId = await lastAuditId();
      // Client i writes both leaves with its own values: a torn mix of two writes would show.
      const entries = (i: number): EntryInput[] => [
        { code: "1", points: i + 1, passed: null, note: `Khách ${i}` },
        { code: "2", points: (i + 1) / 2, passed: null, note: null },
      ];
      const readVersion = async () => (await db.scoreSheet.findUniqueOrThrow({ where: { id: first.id } })).version;
      const { start, outcomes, tally } = await race("scoring.errors.stale", readVersion, (i, version) =>
        saveSelf(w.officer, w.yearId, w.unitId, version, entries(i)),
      );

      // The first wave: everyone holds the same version, exactly one of them gets it.
      expect(tally.firstWaveSuccesses).toBe(1);
      expect(tally.stale).toBeGreaterThanOrEqual(CLIENTS - 1);
      // Each success took its own version: the versions are exactly start+1 … start+50.
      const byVersion = [...outcomes].sort((a, b) => a.result.version - b.result.version);
      expect(byVersion.map((o) => o.result.version)).toEqual(Array.from({ length: CLIENTS }, (_, k) => start + k + 1));
      expect(await readVersion()).toBe(start + CLIENTS);

      // The audit log has one entry per success, in the same order as the versions.
      const audits = await auditsOf("score.self.save", first.id, sinceId);
      expect(audits.length).toBe(CLIENTS);
      const audited = audits.map((a) => (a.after as { entries: { note: string | null }[] }).entries[0].note);
      expect(audited).toEqual(byVersion.map((o) => `Khách ${o.client}`));

      // The stored values are those of the last write in that order, both leaves from the same client.
      const last = byVersion.at(-1)!.client;
      const stored = await db.scoreEntry.findMany({
        where: { sheetId: first.id, layer: "SELF" },
        include: { node: { select: { code: true } } },
        orderBy: { node: { code: "asc" } },
      });
      expect(stored.map((s) => [s.node.code, s.hundredths, s.note])).toEqual([
        ["1", (last + 1) * 100, `Khách ${last}`],
        ["2", (last + 1) * 50, null],
      ]);

      // A lost update: a success that took a version another success also took, or is missing from the log.
      const versions = new Set(outcomes.map((o) => o.result.version));
      const logged = new Set(audited);
      const lost = CLIENTS - versions.size + outcomes.filter((o) => !logged.has(`Khách ${o.client}`)).length;
      report("score sheet saves", tally, lost);
      expect(lost).toBe(0);

      // The saves wrote their audit entries in the same statement as the values: the hash chain holds.
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        expect((await verifyAuditChain(client)).firstBroken).toBeNull();
      } finally {
        await client.end();
      }
    },
    RACE_TIMEOUT,
  );
});

describe("50 concurrent edits of one pledge", () => {
  let pledgeId: string;
  const readVersion = async () => (await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).version;

  beforeAll(async () => {
    pledgeId = (await pledges.createPledge(w.board, w.yearId, { title: "Giao ước thi đua năm 2026", preamble: null })).id;
  });

  it(
    "text edits: stale ones refused, the final text is the last write's, nothing lost",
    async () => {
      const sinceId = await lastAuditId();
      const text = (i: number) => ({ title: `Giao ước — bản ${i}`, preamble: `Lời mở đầu của bản ${i}` });
      const { start, tally } = await race("pledges.errors.stale", readVersion, (i, version) => pledges.updatePledge(w.board, pledgeId, version, text(i)));

      expect(tally.firstWaveSuccesses).toBe(1);
      expect(await readVersion()).toBe(start + CLIENTS);
      // The log gives the commit order: each entry saw the version the previous one left.
      const audits = await auditsOf("pledge.update", pledgeId, sinceId);
      expect(audits.length).toBe(CLIENTS);
      const seen = audits.map((a) => (a.after as { version: number }).version);
      expect(seen).toEqual(Array.from({ length: CLIENTS }, (_, k) => start + k + 1));
      const chain = audits.every((a, k) => k === 0 || (a.before as { title: string }).title === (audits[k - 1].after as { title: string }).title);
      const titles = new Set(audits.map((a) => (a.after as { title: string }).title));
      const lastTitle = (audits.at(-1)!.after as { title: string }).title;
      const stored = await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
      expect(stored.title).toBe(lastTitle);
      expect(stored.preamble).toBe(lastTitle.replace("Giao ước — bản", "Lời mở đầu của bản"));
      // Lost: a client whose text never made it into the sequence, or an edit that did not start from the previous one.
      const lost = CLIENTS - titles.size + (chain ? 0 : 1);
      report("pledge text edits", tally, lost);
      expect(lost).toBe(0);
    },
    RACE_TIMEOUT,
  );

  it(
    "item additions: one item per client, positions 0…49 in commit order, nothing lost",
    async () => {
      const sinceId = await lastAuditId();
      const { start, outcomes, tally } = await race("pledges.errors.stale", readVersion, (i, version) =>
        items.addItem(w.board, pledgeId, version, `Nội dung số ${i}`),
      );

      expect(tally.firstWaveSuccesses).toBe(1);
      expect(await readVersion()).toBe(start + CLIENTS);
      const stored = await db.pledgeItem.findMany({ where: { pledgeId }, orderBy: { position: "asc" } });
      expect(stored.map((s) => s.position)).toEqual(Array.from({ length: CLIENTS }, (_, k) => k));
      // The serial order: the items stand in the order the log recorded their additions.
      const audits = await auditsOf("pledge.item.create", pledgeId, sinceId);
      expect(audits.map((a) => (a.after as { id: string }).id)).toEqual(stored.map((s) => s.id));
      const kept = new Set(stored.map((s) => s.id));
      const lost = outcomes.filter((o) => !kept.has(o.result.id)).length + (new Set(stored.map((s) => s.content)).size === CLIENTS ? 0 : 1);
      report("pledge item additions", tally, lost);
      expect(lost).toBe(0);
    },
    RACE_TIMEOUT,
  );
});
