import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { readCouncilSettings } from "@/lib/council/settings";
import { resetPassword } from "@/lib/users/service";
import { accountsWithPublishedPassword } from "@/lib/setup/demo-passwords";
import { firstRun, firstRunSchema } from "@/lib/setup/first-run";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/seed/data";
import { seedDemo } from "@/prisma/seed/demo";
import { actor } from "../support/actors";
import { adminQuery, databaseUrl, usePostgres } from "../support/test-db";

const input = (over: Record<string, string> = {}) =>
  firstRunSchema.parse({
    username: "quantri",
    password: "Lúa chín vàng 2026",
    name: "Nguyễn Văn Quản",
    councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh",
    boardName: "Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Quảng Ninh",
    place: "Quảng Ninh",
    ...over,
  });

async function counts() {
  return { users: await db.user.count(), settings: await db.councilSettings.count(), audit: await db.auditLog.count() };
}

describe("first run", () => {
  it("refuses a weak password with its reason", () => {
    const result = firstRunSchema.safeParse({ ...input(), password: "password12" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["validation.passwordPolicy.common"]);
    expect(firstRunSchema.safeParse({ ...input(), password: "quantri2026x" }).error?.issues[0].message).toBe("validation.passwordPolicy.containsUsername");
  });

  it("creates the first administrator and the council's settings, then refuses any further run", async () => {
    // Two setups at once: exactly one creates an administrator.
    const [a, b] = await Promise.all([firstRun(db, input()), firstRun(db, input({ username: "quantri2" }))]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);

    const admins = await db.user.findMany({ where: { role: "ADMIN" } });
    expect(admins).toHaveLength(1);
    expect(await verifyPassword(admins[0].passwordHash, "Lúa chín vàng 2026")).toBe(true);
    expect(await readCouncilSettings(db)).toMatchObject({ councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh", place: "Quảng Ninh" });
    const audit = await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { action: true, userId: true } });
    expect(audit).toEqual([
      { action: "setup.firstRun", userId: admins[0].id },
      { action: "councilSettings.update", userId: admins[0].id },
    ]);

    const before = await counts();
    const again = await firstRun(db, input({ username: "khac" }));
    expect(again).toEqual({ ok: false, reason: "adminExists", usernames: [admins[0].username] });
    expect(await counts()).toEqual(before);
  });
});

describe("npm run setup", () => {
  // What each run made: a data folder (embedded) or a database (PostgreSQL), removed at the end.
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterAll(async () => {
    for (const clean of cleanups) await clean();
  });

  function setup(env: Record<string, string>) {
    const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/setup.ts"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXTAUTH_SECRET: "setup-test-secret-0123456789", ...env },
      timeout: 90_000,
    });
    return { code: res.status, out: `${res.stdout}${res.stderr}` };
  }

  async function target(): Promise<Record<string, string>> {
    if (usePostgres) {
      const name = `tdk_setup_${process.pid}_${cleanups.length}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      return { DATABASE_URL: databaseUrl(name) };
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), "tdk-setup-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return { DATA_DIR: dir };
  }

  it("migrates an empty database, refuses a weak password, creates the administrator once", async () => {
    const where = await target();
    const admin = { SETUP_ADMIN_USERNAME: "quantri", SETUP_COUNCIL_NAME: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh", SETUP_COUNCIL_PLACE: "Quảng Ninh" };

    const weak = setup({ ...where, ...admin, SETUP_ADMIN_PASSWORD: "12345678a" });
    expect(weak.code).toBe(1);
    expect(weak.out).toContain("Đã áp dụng migration");
    expect(weak.out).toContain("Mật khẩu: Mật khẩu cần ít nhất 10 ký tự.");

    const ok = setup({ ...where, ...admin, SETUP_ADMIN_PASSWORD: "Lúa chín vàng 2026" });
    expect(ok.out).toContain('Đã tạo quản trị viên "quantri"');
    expect(ok.code).toBe(0);

    const second = setup({ ...where, ...admin, SETUP_ADMIN_USERNAME: "khac", SETUP_ADMIN_PASSWORD: "Lúa chín vàng 2027" });
    expect(second.code).toBe(1);
    expect(second.out).toContain("Đã có quản trị viên (quantri)");
    expect(second.out).toContain("Không thay đổi gì.");
  }, 180_000);

  // As an IT officer runs it: in a terminal (util-linux's script gives it one), answering each
  // question. The password was echoed as typed while the name questions' reader listened on.
  it("asks its questions in a terminal and never shows the password typed", async () => {
    const where = await target();
    const password = "Đồi chè xanh 2026";
    const env = {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      TERM: "xterm",
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "setup-test-secret-0123456789",
      ...where,
    } as NodeJS.ProcessEnv;
    const child = spawn("script", ["-qfec", `${process.execPath} --import tsx scripts/setup.ts`, "/dev/null"], { env, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    const ended = new Promise<number | null>((resolve) => child.on("close", resolve));
    const answer = async (prompt: string, text: string) => {
      for (let waited = 0; !out.includes(prompt); waited += 100) {
        if (waited > 60_000) throw new Error(`no prompt "${prompt}" in:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const seen = out.length;
      child.stdin.write(`${text}\r`);
      // The next question comes after this answer is read.
      for (let waited = 0; out.length === seen && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    };
    await answer("Tên đăng nhập", "quantri");
    await answer("Họ và tên", "");
    await answer("Tên Hội đồng", "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh");
    await answer("Tên Ban Thi đua - Khen thưởng", "");
    await answer("Địa danh", "Quảng Ninh");
    await answer("Mật khẩu (ít nhất 10 ký tự)", password);
    await answer("Nhập lại mật khẩu", password);
    expect(await ended).toBe(0);
    expect(out).toContain('Đã tạo quản trị viên "quantri"');
    // The typed name is echoed, as any answer; the password is not, nor any part of it.
    expect(out).toContain("Quảng Ninh");
    expect(out).not.toContain("Đồi chè");
    expect(out).not.toContain("xanh 2026");
  }, 180_000);
});

describe("the published demo password in production", () => {
  it("names every demo account that still opens with it, and none once changed", async () => {
    await db.user.deleteMany({});
    await seedDemo(db, { reset: false });
    const demo = { ids: demoUsers.map((u) => u.id), usernames: demoUsers.map((u) => u.username) };
    const open = await accountsWithPublishedPassword(db, demo, DEMO_PASSWORD);
    expect(open).toEqual(demoUsers.map((u) => u.username).sort());

    await resetPassword(actor({ userId: "user-admin", role: "ADMIN" }), "user-donvi", "Lúa chín vàng 2026");
    expect(await accountsWithPublishedPassword(db, demo, DEMO_PASSWORD)).not.toContain("donvi");
  });

  it("stops a production server before it starts, naming the accounts", async () => {
    // Asynchronous: on the embedded database this process serves the child's connection.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXTAUTH_SECRET: "serve-test-secret-0123456789",
        DATABASE_URL: process.env.DATABASE_URL!,
      },
    });
    const res = { stderr: "", status: null as number | null };
    child.stderr.on("data", (d: Buffer) => (res.stderr += d.toString()));
    res.status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("vẫn dùng mật khẩu mẫu công khai");
    expect(res.stderr).toContain("admin");
    expect(res.stderr).not.toContain("donvi,");
  }, 120_000);
});
