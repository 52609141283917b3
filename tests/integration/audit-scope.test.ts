import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { loadAppSession } from "@/lib/auth/session-user";
import { seedDemo } from "@/prisma/seed/demo";
import { writeAudit, type AuditEntry } from "@/lib/audit/write";
import { auditScopeWhere } from "@/lib/audit/policy";
import { verifyAuditChain } from "@/lib/audit/chain";
import { auditFilterOptions, listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";

// The audit page's query per role: board staff assigned to some blocs read only those blocs'
// entries (and the units and award forms they keep for every bloc); administrators, the council
// and board staff of every bloc read everything; unit officers nothing (docs/security.md).

const NC = "bloc-noi-chinh-tinh"; // bantdkt.khoi's
const TD = "bloc-cum-noi-vu-trung-du-mien-nui"; // not bantdkt.khoi's
const sessions: Record<string, AppSession> = {};
const marks: string[] = [];

/** Each entry carries a mark in "after", to be told apart from the demo's own entries. */
async function write(mark: string, entry: AuditEntry) {
  const admin = sessions.admin;
  await db.$transaction((tx) => writeAudit(tx, admin, { ...entry, after: { ...(entry.after as object), mark } }));
  marks.push(mark);
}

async function seen(session: AppSession) {
  const { rows } = await listAuditEntries(session, parseAuditFilters({}));
  return new Set(rows.map((r) => (r.after as { mark?: string } | null)?.mark).filter(Boolean));
}

async function yearOf(blocId: string) {
  return db.blocYear.findFirstOrThrow({ where: { blocId }, orderBy: { year: "desc" }, select: { id: true } });
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi"]) {
    const user = await db.user.findUnique({ where: { username } });
    if (user) sessions[username] = (await loadAppSession(db, user.id))!;
  }
  const td = await yearOf(TD);
  const nc = await yearOf(NC);
  const tdSheet = await db.scoreSheet.findFirstOrThrow({ where: { blocYear: { blocId: TD } }, select: { id: true, unitId: true } });
  const ncSheet = await db.scoreSheet.findFirstOrThrow({ where: { blocYear: { blocId: NC } }, select: { id: true } });
  // Another bloc's unapproved ranking, signed off, and its units' self-scores.
  const snapshot = await db.rankingSnapshot.create({ data: { blocYearId: td.id, status: "SIGNED_OFF", data: {}, signerName: "Trưởng cụm" } });
  await write("td-signOff", { action: "rankingSnapshot.signOff", entityType: "RankingSnapshot", entityId: snapshot.id });
  await write("td-selfSave", { action: "score.self.save", entityType: "ScoreSheet", entityId: tdSheet.id, after: { total: 91 } });
  await write("td-year", { action: "blocYear.update", entityType: "BlocYear", entityId: td.id });
  await write("td-bloc", { action: "bloc.update", entityType: "Bloc", entityId: TD });
  // An entity deleted before its entry: the recorded row names its year.
  await write("td-deleted", { action: "plan.item.delete", entityType: "PlanItem", entityId: "gone", before: { id: "gone", blocYearId: td.id } });
  // The assigned bloc.
  await write("nc-selfSave", { action: "score.self.save", entityType: "ScoreSheet", entityId: ncSheet.id });
  await write("nc-year", { action: "blocYear.update", entityType: "BlocYear", entityId: nc.id });
  // No bloc: units and award forms are kept by every board member; accounts and settings are not.
  await write("unit", { action: "unit.update", entityType: "Unit", entityId: tdSheet.unitId });
  await write("awardForm", { action: "award.form.update", entityType: "AwardForm", entityId: "x" });
  await write("user", { action: "user.update", entityType: "User", entityId: "user-admin" });
  await write("settings", { action: "council.settings", entityType: "CouncilSettings", entityId: "1" });
});

describe("audit log scope", () => {
  it("records the bloc of each entry at write time", async () => {
    const rows = await db.auditLog.findMany({ select: { after: true, blocId: true } });
    const blocOf = Object.fromEntries(
      rows.flatMap((r) => ((r.after as { mark?: string } | null)?.mark ? [[(r.after as { mark: string }).mark, r.blocId]] : [])),
    );
    expect(blocOf).toMatchObject({
      "td-signOff": TD,
      "td-selfSave": TD,
      "td-year": TD,
      "td-bloc": TD,
      "td-deleted": TD,
      "nc-selfSave": NC,
      "nc-year": NC,
      unit: null,
      awardForm: null,
      user: null,
      settings: null,
    });
  });

  it("shows board staff assigned to blocs only their blocs, units and award forms", async () => {
    const khoi = sessions["bantdkt.khoi"];
    expect(khoi.allBlocs).toBe(false);
    expect(khoi.assignedBlocIds).toContain(NC);
    expect(khoi.assignedBlocIds).not.toContain(TD);
    const marksSeen = await seen(khoi);
    for (const m of ["nc-selfSave", "nc-year", "unit", "awardForm"]) expect(marksSeen).toContain(m);
    for (const m of ["td-signOff", "td-selfSave", "td-year", "td-bloc", "td-deleted", "user", "settings"]) expect(marksSeen).not.toContain(m);
    // Asking for another bloc's entity by id finds nothing either.
    const td = await yearOf(TD);
    expect((await listAuditEntries(khoi, parseAuditFilters({ entity: "BlocYear", entityId: td.id }))).rows).toEqual([]);
    const { rows } = await listAuditEntries(khoi, { page: 1 });
    expect(rows.every((r) => r.blocId === null || khoi.assignedBlocIds.includes(r.blocId))).toBe(true);
  });

  it("filters the filter form's choices to what the caller reads", async () => {
    const khoi = sessions["bantdkt.khoi"];
    const options = await auditFilterOptions(khoi);
    expect(options.entityTypes).not.toContain("User");
    expect(options.entityTypes).not.toContain("CouncilSettings");
    expect(options.actions).not.toContain("council.settings");
    const authors = await db.auditLog.groupBy({ by: ["userId"], where: auditScopeWhere(khoi) });
    expect(options.users.map((u) => u.id).sort()).toEqual(authors.flatMap((a) => (a.userId ? [a.userId] : [])).sort());
    expect(options.users.length).toBeLessThan(await db.user.count());
  });

  it.each(["admin", "bantdkt", "hoidong"])("shows %s every entry", async (username) => {
    const session = sessions[username];
    if (!session) return expect.fail(`${username} missing from the demo`);
    const marksSeen = await seen(session);
    for (const m of marks) expect(marksSeen).toContain(m);
    expect((await auditFilterOptions(session)).users.length).toBe(await db.user.count());
  });

  it("shows a unit officer nothing", async () => {
    const session = sessions.donvi;
    expect((await listAuditEntries(session, { page: 1 })).rows).toEqual([]);
    expect(await auditFilterOptions(session)).toEqual({ entityTypes: [], actions: [], users: [] });
  });

  it("backfills old entries with the same blocs as the write-time derivation, leaving the chain intact", async () => {
    const written = await db.auditLog.findMany({ select: { id: true, blocId: true }, orderBy: { id: "asc" } });
    const sql = await readFile(path.join(process.cwd(), "prisma/migrations/20261206141433_audit_bloc/migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Backfill"));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete"`);
      await client.query(`UPDATE "AuditLog" SET "blocId" = NULL`);
      await client.query(backfill);
      const { rows } = await client.query<{ id: string; blocId: string | null }>(`SELECT a."id"::text AS "id", a."blocId" FROM "AuditLog" a ORDER BY a."id"`);
      expect(rows).toEqual(written.map((r) => ({ id: r.id.toString(), blocId: r.blocId })));
      expect((await verifyAuditChain(client)).firstBroken).toBeNull();
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
