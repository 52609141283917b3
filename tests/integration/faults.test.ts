import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logTo } from "@/lib/log/logger";
import type { AppSession } from "@/lib/auth/session-types";
import { criteriaRows, IMPORT_USER, SIGN_OFF_USER } from "../support/fault-child";
import { usePostgres } from "../support/test-db";

// A crash in the middle of a criteria import or of a sign-off must leave nothing half-written.
// Two ways to crash: a fault thrown inside the transaction after every write, the audit entry
// included (both databases), and on PostgreSQL a process killed with SIGKILL while its
// transaction is open, holding the rows it has written. The check after each is the whole
// database, row by row, plus the audit hash chain; then the same work runs to completion.

// The session read is replaced (actions run as a chosen demo user); so is the audit write, by
// the real one followed, when armed, by a crash: the last step of every service's transaction.
const current = vi.hoisted(() => ({ session: null as AppSession | null }));
const fault = vi.hoisted(() => ({ armed: false }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/audit/write", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/write")>();
  return {
    ...real,
    writeAudit: async (...args: Parameters<typeof real.writeAudit>) => {
      await real.writeAudit(...args);
      if (fault.armed) {
        fault.armed = false;
        throw new Error("simulated crash after the audit entry");
      }
    },
  };
});

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { verifyAuditChain } = await import("@/lib/audit/chain");
const { parseCriteriaRows } = await import("@/lib/criteria/excel-rows");
const { criteriaToXlsx } = await import("@/lib/criteria/excel");
const criteria = await import("@/lib/criteria/service");
const criteriaActions = await import("@/lib/criteria/actions");
const ranking = await import("@/lib/ranking/service");
const rankingActions = await import("@/lib/ranking/actions");
const { seedDemo } = await import("../../prisma/seed/demo");

const ROOT = path.resolve(import.meta.dirname, "../..");
const CHILD = path.join(ROOT, "tests/support/fault-child.ts");
const CHILD_APP = "fault-child";
const AUDIT_LOCK = 1096107081; // the audit chain trigger's pg_advisory_xact_lock key
const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const SCRATCH_YEAR = "year-noi-chinh-tinh-2036";

let client: pg.Client;
let setId: string;
const figures = { inProcess: { works: 0, halfWritten: 0 }, killed: { works: 0, halfWritten: 0 }, rolledBack: [] as string[] };

// ── The whole database, row by row ──

type Dump = Map<string, string[]>;

async function dump(): Promise<Dump> {
  const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const out: Dump = new Map();
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
    out.set(name, rows.map((r) => r.row).sort());
  }
  return out;
}

/** Rows only in one of the dumps (added, removed, or changed: a changed row counts twice), and their tables. */
function difference(before: Dump, after: Dump) {
  let rows = 0;
  const tables: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const count = new Map<string, number>();
    for (const r of before.get(name) ?? []) count.set(r, (count.get(r) ?? 0) + 1);
    for (const r of after.get(name) ?? []) count.set(r, (count.get(r) ?? 0) - 1);
    const n = [...count.values()].reduce((a, c) => a + Math.abs(c), 0);
    if (n > 0) tables.push(name);
    rows += n;
  }
  return { rows, tables };
}

async function expectUntouched(before: Dump, tally: { works: number; halfWritten: number }) {
  const diff = difference(before, await dump());
  tally.works++;
  tally.halfWritten += diff.rows;
  expect(diff).toEqual({ rows: 0, tables: [] });
  expect((await verifyAuditChain(client)).firstBroken).toBeNull();
}

// ── Helpers ──

const session = async (userId: string) => (await loadAppSession(db, userId))!;
const setVersion = async () => (await db.criteriaSet.findUniqueOrThrow({ where: { id: setId } })).version;
const codesOf = async () => (await db.criterionNode.findMany({ where: { setId }, select: { code: true } })).map((n) => n.code).sort();
const codesOfRows = (variant: "A" | "B") =>
  criteriaRows(variant)
    .map((r) => String(r.code))
    .sort();
const nodeCount = (variant: "A" | "B") => criteriaRows(variant).length;

async function importForm(variant: "A" | "B", version: number) {
  const parsed = parseCriteriaRows(criteriaRows(variant));
  if (!parsed.ok) throw new Error("test rows do not parse");
  const form = new FormData();
  form.set("setId", setId);
  form.set("version", String(version));
  form.set("file", new File([new Uint8Array(await criteriaToXlsx(parsed.tree))], `tieu-chi-${variant}.xlsx`));
  return form;
}

/** Runs an action with the fault armed: it must fire once, and the action must still answer, not throw. */
async function withFault<T>(run: () => Promise<T>) {
  const logged: string[] = [];
  const restore = logTo((line) => void logged.push(line));
  fault.armed = true;
  try {
    const result = await run();
    expect(fault.armed).toBe(false);
    expect(logged.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({
        level: "error",
        scope: "action",
        msg: "unexpected error",
        err: expect.objectContaining({ message: "simulated crash after the audit entry" }),
      }),
    );
    return result;
  } finally {
    fault.armed = false;
    restore();
  }
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // A draft set that already holds a small tree, so a half-written import would show as a mix.
  await db.blocYear.create({
    data: { id: SCRATCH_YEAR, blocId: "bloc-noi-chinh-tinh", year: 2036, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" },
  });
  const board = await session(IMPORT_USER);
  setId = (await criteria.createSet(board, SCRATCH_YEAR)).id;
  expect(await criteria.importRows(board, setId, await setVersion(), criteriaRows("seed"), "tieu-chi-ban-dau.xlsx")).toEqual({ ok: true, count: 4 });
}, 60_000);

afterAll(async () => {
  await client?.end();
  const { inProcess, killed } = figures;
  console.info(`[faults] failed mid-way in process: ${inProcess.works} works, half-written rows: ${inProcess.halfWritten}`);
  if (usePostgres)
    console.info(
      `[faults] killed mid-way: ${killed.works} works, half-written rows: ${killed.halfWritten}; rows written then rolled back: ${figures.rolledBack.join(", ")}`,
    );
});

describe("a crash inside the transaction, after every write", () => {
  it("leaves a criteria import unwritten, and the import action answers with an error", async () => {
    current.session = await session(IMPORT_USER);
    const version = await setVersion();
    const seedCodes = await codesOf();
    expect(seedCodes).toEqual(["I", "I.1", "I.2", "I.3"]);
    const before = await dump();
    const result = await withFault(async () => criteriaActions.importCriteriaAction(await importForm("A", version)));
    expect(result).toEqual({ ok: false, error: "errors.unexpected" });
    await expectUntouched(before, figures.inProcess);
    expect(await codesOf()).toEqual(seedCodes);
    expect(await setVersion()).toBe(version);

    // The same import again: nothing was left locked or stale by the failed one.
    expect(await criteriaActions.importCriteriaAction(await importForm("A", version))).toEqual({ ok: true, data: { ok: true, count: nodeCount("A") } });
    expect(await codesOf()).toEqual(codesOfRows("A"));
    expect(await setVersion()).toBe(version + 1);
  });

  it("leaves a sign-off unwritten, and the sign-off action answers with an error", async () => {
    current.session = await session(SIGN_OFF_USER);
    const sheets = await db.scoreSheet.count({ where: { blocYearId: TD_2026 } });
    expect(sheets).toBe(7);
    expect(await db.scoreSheet.count({ where: { blocYearId: TD_2026, lockedAt: { not: null } } })).toBe(0);
    expect(await db.rankingSnapshot.count({ where: { blocYearId: TD_2026 } })).toBe(0);
    const before = await dump();
    const result = await withFault(() => rankingActions.signOffAction({ blocYearId: TD_2026, signerName: "" }));
    expect(result).toEqual({ ok: false, error: "errors.unexpected" });
    await expectUntouched(before, figures.inProcess);
    expect(await db.rankingSnapshot.count({ where: { blocYearId: TD_2026 } })).toBe(0);
    expect(await db.scoreSheet.count({ where: { blocYearId: TD_2026, lockedAt: { not: null } } })).toBe(0);

    const done = await rankingActions.signOffAction({ blocYearId: TD_2026, signerName: "" });
    expect(done).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await db.rankingSnapshot.findMany({ where: { blocYearId: TD_2026 }, select: { status: true, signerName: true } })).toEqual([
      { status: "SIGNED_OFF", signerName: "Đặng Quốc Khánh" },
    ]);
    expect(await db.scoreSheet.count({ where: { blocYearId: TD_2026, lockedAt: { not: null } } })).toBe(sheets);
  });
});

// ── A process killed with its transaction open (PostgreSQL: what production runs) ──

type Exit = { code: number | null; signal: NodeJS.Signals | null };

function startChild(args: string[]) {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("application_name", CHILD_APP);
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url.toString(), DATABASE_POOL_MAX: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<Exit>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  let exit: Exit | null = null;
  void exited.then((e) => (exit = e));
  return { child, exited, exit: () => exit, output: () => ({ stdout, stderr }) };
}
type Child = ReturnType<typeof startChild>;

async function poll<T>(what: string, probe: () => Promise<T | null>, child?: Child, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    const exit = child?.exit();
    if (exit) throw new Error(`child exited (${JSON.stringify(exit)}) while waiting for ${what}: ${child!.output().stderr}`);
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The child's backend, once it waits for the audit chain lock inside a transaction that has written rows. */
async function blockedBackend(child: Child) {
  return poll(
    "the child to block on the audit lock",
    async () => {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT a.pid FROM pg_stat_activity a
           JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory' AND NOT l.granted AND l.objid = $1::bigint::oid
          WHERE a.datname = current_database() AND a.application_name = $2
            AND a.wait_event_type = 'Lock' AND a.backend_xid IS NOT NULL`,
        [AUDIT_LOCK, CHILD_APP],
      );
      return rows[0]?.pid ?? null;
    },
    child,
  );
}

/** Tables the backend's open transaction has written to (INSERT, UPDATE and DELETE take ROW EXCLUSIVE). */
async function tablesWritten(pid: number) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
      WHERE l.pid = $1 AND l.mode = 'RowExclusiveLock' AND l.granted AND c.relkind = 'r' ORDER BY 1`,
    [pid],
  );
  return rows.map((r) => r.name);
}

/** Rows inserted, updated and deleted per table, aborted transactions included. */
async function tupleCounts() {
  const { rows } = await client.query<{ name: string; n: string }>(
    `SELECT relname AS name, (n_tup_ins + n_tup_upd + n_tup_del)::text AS n FROM pg_stat_user_tables`,
  );
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}

/**
 * Starts the work in a child while this test holds the audit chain lock, waits until the child has
 * written its rows and blocks on its audit entry, kills it, lets its backend roll back and go, and
 * returns how many rows per table the killed transaction had written (from the statistics).
 */
async function killMidWay(args: string[], expectedTables: string[]) {
  const counts = await tupleCounts();
  await client.query("SELECT pg_advisory_lock($1)", [AUDIT_LOCK]);
  let child: Child | null = null;
  try {
    child = startChild(args);
    const pid = await blockedBackend(child);
    expect(await tablesWritten(pid)).toEqual(expect.arrayContaining(expectedTables));
    child.child.kill("SIGKILL");
    expect(await child.exited).toEqual({ code: null, signal: "SIGKILL" });
    await client.query("SELECT pg_advisory_unlock($1)", [AUDIT_LOCK]);
    // The backend takes the lock, finds its client gone and rolls back as it exits.
    await poll("the child's backend to end", async () =>
      (await client.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid])).rowCount === 0 ? true : null,
    );
    // Its statistics are flushed as it exits: rows written, then rolled back.
    return await poll("the killed transaction's statistics", async () => {
      const now = await tupleCounts();
      const written = Object.fromEntries(expectedTables.map((t) => [t, (now.get(t) ?? 0) - (counts.get(t) ?? 0)]));
      return Object.values(written).every((n) => n > 0) ? written : null;
    });
  } finally {
    if (child && !child.exit()) child.child.kill("SIGKILL");
    await client.query("SELECT pg_advisory_unlock_all()");
  }
}

const rowsText = (written: Record<string, number>) =>
  `${Object.values(written).reduce((a, n) => a + n, 0)} (${Object.entries(written)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")})`;

async function runChild(args: string[]) {
  const child = startChild(args);
  const exit = await Promise.race([child.exited, new Promise<null>((r) => setTimeout(() => r(null), 20_000))]);
  if (!exit) child.child.kill("SIGKILL");
  expect({ exit, stderr: child.output().stderr }).toEqual({ exit: { code: 0, signal: null }, stderr: "" });
  return JSON.parse(child.output().stdout.trim().split("\n").at(-1)!) as { work: string; result: unknown };
}

describe.skipIf(!usePostgres)("a process killed in the middle of its transaction (PostgreSQL only)", () => {
  it("leaves a criteria import unwritten, and the import then runs to completion", async () => {
    const version = await setVersion();
    const auditCount = await db.auditLog.count();
    const before = await dump();
    const written = await killMidWay(["import", setId, String(version), "B"], ["CriteriaSet", "CriterionNode", "AuditLog"]);
    // Every old node deleted and every new one inserted: the whole replacement was in the killed transaction.
    expect(written.CriterionNode).toBe(nodeCount("A") + nodeCount("B"));
    await expectUntouched(before, figures.killed);
    expect(await codesOf()).toEqual(codesOfRows("A"));
    expect(await setVersion()).toBe(version);
    expect(await db.auditLog.count()).toBe(auditCount);
    figures.rolledBack.push(`criteria import ${rowsText(written)}`);

    expect(await runChild(["import", setId, String(version), "B"])).toEqual({ work: "import", result: { ok: true, count: nodeCount("B") } });
    expect(await codesOf()).toEqual(codesOfRows("B"));
    expect(await setVersion()).toBe(version + 1);
    expect(await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { action: true, after: true } })).toEqual({
      action: "criteriaSet.import",
      after: { fileName: "tieu-chi-B.xlsx", count: nodeCount("B") },
    });
    expect((await verifyAuditChain(client)).firstBroken).toBeNull();
  });

  it("leaves a sign-off unwritten, and the sign-off then runs to completion", async () => {
    // When the in-process test has signed the year off, the board returns it and the leader signs off again.
    const signed = await db.rankingSnapshot.findFirst({ where: { blocYearId: TD_2026, status: "SIGNED_OFF" } });
    if (signed) await ranking.returnRanking(await session("user-admin"), signed.id, signed.version, "Đề nghị rà soát lại điểm chấm chéo");
    const earlier = signed ? ["RETURNED"] : [];
    const sheets = await db.scoreSheet.count({ where: { blocYearId: TD_2026 } });
    expect(await db.scoreSheet.count({ where: { blocYearId: TD_2026, lockedAt: null } })).toBe(sheets);
    const auditCount = await db.auditLog.count();
    const before = await dump();
    const written = await killMidWay(["signoff", TD_2026], ["ScoreSheet", "RankingSnapshot", "AuditLog"]);
    expect(written).toMatchObject({ ScoreSheet: sheets, RankingSnapshot: 1 });
    await expectUntouched(before, figures.killed);
    expect((await db.rankingSnapshot.findMany({ where: { blocYearId: TD_2026 }, select: { status: true } })).map((s) => s.status)).toEqual(earlier);
    expect(await db.scoreSheet.count({ where: { blocYearId: TD_2026, lockedAt: null } })).toBe(sheets);
    expect(await db.auditLog.count()).toBe(auditCount);
    figures.rolledBack.push(`sign-off ${rowsText(written)}`);

    const done = await runChild(["signoff", TD_2026]);
    expect(done).toMatchObject({ work: "signoff", result: { version: 1 } });
    const snapshots = await db.rankingSnapshot.findMany({ where: { blocYearId: TD_2026 }, orderBy: { signedAt: "asc" }, select: { id: true, status: true } });
    expect(snapshots.map((s) => s.status)).toEqual([...earlier, "SIGNED_OFF"]);
    expect(snapshots.at(-1)!.id).toBe((done.result as { id: string }).id);
    expect(await db.scoreSheet.count({ where: { blocYearId: TD_2026, lockedAt: { not: null } } })).toBe(sheets);
    expect(await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { action: true, entityId: true } })).toEqual({
      action: "rankingSnapshot.signOff",
      entityId: snapshots.at(-1)!.id,
    });
    expect((await verifyAuditChain(client)).firstBroken).toBeNull();
  });
});
