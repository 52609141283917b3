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
import { signOff } from "@/lib/ranking/service";
import { saveSelf } from "../support/self-save";
import { actor } from "../support/actors";
import { parseAuditFilters } from "@/lib/audit/filters";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";

// The audit page's query per role: board staff assigned to some blocs read only those blocs'
// entries (and the units and award forms they keep for every bloc); administrators, the council
// and board staff of every bloc read everything; unit officers nothing (docs/SECURITY.md).

const NC = "bloc-noi-chinh-tinh"; // bantdkt.khoi's
const TD = "bloc-cum-noi-vu-trung-du-mien-nui"; // not bantdkt.khoi's
const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const NC_2026 = "year-noi-chinh-tinh-2026";
const sessions: Record<string, AppSession> = {};
/** The entries this test made, by a label: the audit row's id. */
const made = new Map<string, string>();

async function label(name: string) {
  made.set(name, (await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id.toString());
}

async function write(name: string, entry: AuditEntry) {
  await db.$transaction((tx) => writeAudit(tx, sessions.admin, entry));
  await label(name);
}

async function seen(session: AppSession) {
  const { rows } = await listAuditEntries(session, parseAuditFilters({}));
  const ids = new Set(rows.map((r) => r.id));
  return new Set([...made].filter(([, id]) => ids.has(id)).map(([name]) => name));
}

/**
 * A member unit's officer saves draft self-scores, as saveSelfAction does (the hot save's own
 * SQL, lib/scoring/entry-sql.ts). The demo's sheets may all be submitted: one is put back to
 * draft for the save and then submitted again as it was.
 */
async function selfSave(blocYearId: string) {
  const member = await db.blocMember.findFirstOrThrow({ where: { blocYearId }, orderBy: { unitId: "asc" }, select: { unitId: true } });
  const unitId = member.unitId;
  const leaf = await db.criterionNode.findFirstOrThrow({
    where: { set: { blocYearId }, kind: "STANDARD", children: { none: {} } },
    select: { code: true },
  });
  const sheet = await db.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId, unitId } }, select: { id: true, status: true } });
  if (sheet) await db.scoreSheet.update({ where: { id: sheet.id }, data: { status: "DRAFT" } });
  const version = sheet ? (await db.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id } })).version : 0;
  // Saved while the year's scoring window is open.
  const round = await db.scoringRound.findUniqueOrThrow({ where: { blocYearId }, select: { opensAt: true } });
  const now = new Date(round.opensAt.getTime() + 3_600_000);
  const session = actor({ userId: "user-admin", role: "UNIT_OFFICER", unitId, allBlocs: false });
  await saveSelf(session, blocYearId, unitId, version, [{ code: leaf.code, points: 1, passed: null, note: null }], now);
  if (sheet) await db.scoreSheet.update({ where: { id: sheet.id }, data: { status: sheet.status } });
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "cumvien", "cumtruong"]) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    sessions[username] = (await loadAppSession(db, user.id))!;
  }
  // Another bloc's units' self-scores (the hot save's own SQL) and its unapproved ranking, signed off.
  await selfSave(TD_2026);
  await label("td-selfSave");
  await signOff(sessions.cumtruong, TD_2026, null, new Date("2026-11-25T03:00:00Z"));
  await label("td-signOff");
  await write("td-year", { action: "blocYear.update", entityType: "BlocYear", entityId: TD_2026 });
  await write("td-bloc", { action: "bloc.update", entityType: "Bloc", entityId: TD });
  // An entity deleted before its entry: the recorded row names its year.
  await write("td-deleted", { action: "plan.item.delete", entityType: "PlanItem", entityId: "gone", before: { id: "gone", blocYearId: TD_2026 } });
  // The assigned bloc.
  await selfSave(NC_2026);
  await label("nc-selfSave");
  await write("nc-year", { action: "blocYear.update", entityType: "BlocYear", entityId: NC_2026 });
  // No bloc: units and award forms are kept by every board member; accounts and settings are not.
  await write("unit", { action: "unit.update", entityType: "Unit", entityId: sessions.cumvien.unitId });
  await write("awardForm", { action: "award.form.update", entityType: "AwardForm", entityId: "x" });
  await write("user", { action: "user.update", entityType: "User", entityId: "user-admin" });
  await write("settings", { action: "council.settings", entityType: "CouncilSettings", entityId: "1" });
}, 120_000);

describe("audit log scope", () => {
  it("records the bloc of each entry at write time", async () => {
    const rows = await db.auditLog.findMany({ where: { id: { in: [...made.values()].map(BigInt) } }, select: { id: true, action: true, blocId: true } });
    const byId = new Map(rows.map((r) => [r.id.toString(), r]));
    expect(byId.get(made.get("td-selfSave")!)?.action).toBe("score.self.save");
    expect(byId.get(made.get("td-signOff")!)?.action).toBe("rankingSnapshot.signOff");
    const blocOf = Object.fromEntries([...made].map(([name, id]) => [name, byId.get(id)?.blocId]));
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
    const labels = await seen(khoi);
    for (const m of ["nc-selfSave", "nc-year", "unit", "awardForm"]) expect(labels).toContain(m);
    for (const m of ["td-signOff", "td-selfSave", "td-year", "td-bloc", "td-deleted", "user", "settings"]) expect(labels).not.toContain(m);
    // Asking for another bloc's entity by id finds nothing either.
    expect((await listAuditEntries(khoi, parseAuditFilters({ entity: "BlocYear", entityId: TD_2026 }))).rows).toEqual([]);
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
    const labels = await seen(session);
    for (const m of made.keys()) expect(labels).toContain(m);
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
