import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { writeCheckpoint } from "@/lib/audit/anchor";
import { readCheckpointSources } from "@/lib/audit/anchor-files";
import { verifyAuditLog } from "@/lib/audit/verify";
import { lacksPrivileges, migrateAs } from "@/lib/db/app-role";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed/demo";
import { actor } from "../support/actors";
import { adminQuery, adminUrl, databaseUrl, usePostgres } from "../support/test-db";

// The deployment of README "Deploy for a province" on a database of its own: deploy/roles.sql
// makes an owner and an app role, `npm run setup` migrates as the owner and works as the app.
// Roles belong to the whole server, so their names are unique to this run and dropped at the end.
// PGlite has one role: there the app and the owner are the same and only migrating applies.

const tag = randomBytes(4).toString("hex");
const owner = `tdk_t_owner_${tag}`;
const app = `tdk_t_app_${tag}`;
const database = `tdk_t_roles_${tag}`;
const urlAs = (user: string) => {
  const url = new URL(databaseUrl(database));
  url.username = user;
  url.password = `pw-${user}`;
  return url.toString();
};

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

const refusal = (client: pg.Client, sql: string) =>
  client.query(sql).then(
    () => "allowed",
    (error: { code?: string }) => error.code,
  );

describe.skipIf(!usePostgres)("the app's own database role on PostgreSQL", () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "tdk-roles-"));
    const roles = [
      "-v",
      `owner=${owner}`,
      "-v",
      `app=${app}`,
      "-v",
      `database=${database}`,
      "-v",
      `owner_password=pw-${owner}`,
      "-v",
      `app_password=pw-${app}`,
    ];
    // Twice: running it again must change nothing and not fail.
    for (let i = 0; i < 2; i++) execFileSync("psql", [adminUrl, "-q", ...roles, "-f", "deploy/roles.sql"], { stdio: "pipe" });
  }, 60_000);

  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(`DROP ROLE IF EXISTS ${app}`);
    await adminQuery(`DROP ROLE IF EXISTS ${owner}`);
    await rm(root, { recursive: true, force: true });
  });

  it("npm run setup migrates as the owner, sets the app role's privileges and creates the administrator as the app", () => {
    const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/setup.ts"], {
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXTAUTH_SECRET: "roles-test-secret-0123456789",
        DATABASE_URL: urlAs(app),
        MIGRATION_DATABASE_URL: urlAs(owner),
        SETUP_ADMIN_USERNAME: "quantri",
        SETUP_ADMIN_PASSWORD: "Lúa chín vàng 2026",
        SETUP_COUNCIL_NAME: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh",
        SETUP_COUNCIL_PLACE: "Quảng Ninh",
      },
      timeout: 90_000,
    });
    const out = `${res.stdout}${res.stderr}`;
    expect(out).toContain(`Đã đặt quyền cho vai trò của ứng dụng: ${app}.`);
    expect(out).toContain('Đã tạo quản trị viên "quantri"');
    expect(res.status).toBe(0);
  }, 120_000);

  it("lets the app role add and read audit entries, and nothing that rewrites them", async () => {
    await withClient(urlAs(app), async (c) => {
      await c.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('test.role', 'Test')`);
      expect((await c.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(3);
      const attempts = [
        `UPDATE "AuditLog" SET "action" = 'changed'`,
        `DELETE FROM "AuditLog"`,
        `TRUNCATE "AuditLog"`,
        `DROP TRIGGER "AuditLog_no_update_delete" ON "AuditLog"`,
        `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`,
        `DROP TABLE "AuditLog"`,
        `CREATE OR REPLACE FUNCTION "audit_hash"(prev TEXT, r "AuditLog") RETURNS TEXT LANGUAGE sql AS $$ SELECT 'x' $$`,
        `CREATE TABLE "Shadow" ("id" INT)`,
        `CREATE TEMP TABLE "AuditLog" ("id" BIGINT, "hash" TEXT)`,
        `DELETE FROM "_prisma_migrations"`,
      ];
      const answers = await Promise.all(attempts.map(async (sql) => [sql, await refusal(c, sql)]));
      expect(answers).toEqual(attempts.map((sql) => [sql, "42501"])); // insufficient_privilege
    });
  });

  it("ignores restore mode for the app role, which would let it plant an entry with its own id and hash", async () => {
    const forge = `INSERT INTO "AuditLog" ("id", "action", "entityType", "prevHash", "hash") VALUES (1000000, 'test.forged', 'Test', 'forged', 'forged')`;
    const stored = await withClient(urlAs(app), async (c) => {
      await c.query("BEGIN");
      await c.query("SET LOCAL app.restore = 'on'");
      await c.query(forge);
      const { rows } = await c.query(`SELECT "id"::text AS id, "hash" FROM "AuditLog" WHERE "action" = 'test.forged'`);
      await c.query("ROLLBACK");
      return rows[0];
    });
    expect(stored.id).not.toBe("1000000");
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    // The owner, who restores backups, keeps them.
    const kept = await withClient(urlAs(owner), async (c) => {
      await c.query("BEGIN");
      await c.query("SET LOCAL app.restore = 'on'");
      await c.query(forge);
      const { rows } = await c.query(`SELECT "id"::text AS id, "hash" FROM "AuditLog" WHERE "action" = 'test.forged'`);
      await c.query("ROLLBACK");
      return rows[0];
    });
    expect(kept).toEqual({ id: "1000000", hash: "forged" });
  });

  it("runs the app's writes as the app role, and its checkpoints verify", async () => {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: urlAs(app), max: 2 }) });
    try {
      expect((await seedDemo(db, { reset: false })).users).toBeGreaterThan(0);
      // A service, through the app's own client (lib/db, created on first use from DATABASE_URL).
      const previous = process.env.DATABASE_URL;
      process.env.DATABASE_URL = urlAs(app);
      try {
        const { resetPassword } = await import("@/lib/users/service");
        await resetPassword(actor({ userId: "user-admin", role: "ADMIN" }), "user-donvi", "Lúa chín vàng 2026");
      } finally {
        process.env.DATABASE_URL = previous;
      }
      expect(await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { action: true, entityId: true } })).toEqual({
        action: "user.resetPassword",
        entityId: "user-donvi",
      });
      const paths = { checkpointDir: path.join(root, "checkpoints"), keyFile: path.join(root, "anchor.key") };
      expect(await writeCheckpoint((sql) => db.$queryRaw(sql), paths)).toMatchObject({ written: true });
      const report = await withClient(urlAs(app), async (c) => verifyAuditLog(c, await readCheckpointSources([paths.checkpointDir])));
      expect(report).toMatchObject({ ok: true, confirmed: 1 });
    } finally {
      await db.$disconnect();
    }
  }, 60_000);

  // The CI's PostgreSQL runs with autovacuum off (as database-maintenance.test.ts says): the night's
  // job then vacuums as the owner, and as the app role says it could not, rather than that it did.
  it("vacuums as the owner and, as the app role owning no table, says it cannot", async () => {
    const { maintainDatabase } = await import("@/lib/db/maintenance");
    for (const [role, expected] of [
      [app, "not-owner"],
      [owner, "vacuumed"],
    ] as const) {
      const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: urlAs(role), max: 1 }) });
      try {
        expect(await maintainDatabase(client)).toBe(expected);
      } finally {
        await client.$disconnect();
      }
    }
  });

  it("starts as the app role when nothing is pending, and names the owner's command when something is", async () => {
    expect(await migrateAs(urlAs(app), urlAs(app))).toEqual({ applied: [], appRole: null, warnings: [] });
    const dir = path.join(root, "migrations");
    for (const m of await listMigrations()) {
      await mkdir(path.join(dir, m.name), { recursive: true });
      await writeFile(path.join(dir, m.name, "migration.sql"), m.sql);
    }
    await mkdir(path.join(dir, "29990101000000_later"), { recursive: true });
    await writeFile(path.join(dir, "29990101000000_later", "migration.sql"), `CREATE TABLE "Later" ("id" INT PRIMARY KEY);`);
    const error = await applyMigrations(urlAs(app), dir).catch((e: unknown) => e);
    expect(lacksPrivileges(error)).toBe(true);
    // Run by the owner: the default privileges make the new table the app's to write at once.
    expect(await applyMigrations(urlAs(owner), dir)).toEqual(["29990101000000_later"]);
    await withClient(urlAs(app), async (c) => {
      await c.query(`INSERT INTO "Later" VALUES (1)`);
      expect(await refusal(c, `DROP TABLE "Later"`)).toBe("42501");
    });
  });
});

describe("one role (PGlite, or a deployment that has not split its roles)", () => {
  it("only migrates", async () => {
    expect(await migrateAs(process.env.DATABASE_URL!, process.env.DATABASE_URL!)).toEqual({ applied: [], appRole: null, warnings: [] });
  });
});
