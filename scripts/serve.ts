// `npm run dev` / `npm start`: gives Next.js a database, then runs it.
// Without DATABASE_URL this process owns the embedded PGlite folder and serves it on
// loopback, so the app always talks PostgreSQL through one adapter.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbedded } from "@/lib/db/embedded";
import { lacksPrivileges, migrateAs, NEEDS_OWNER } from "@/lib/db/app-role";
import { embeddedDataDir } from "@/lib/db/open";
import { accountsWithPublishedPassword } from "@/lib/setup/demo-passwords";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed/data";
import { seedDemo } from "../prisma/seed/demo";

const [mode = "dev", ...nextArgs] = process.argv.slice(2);
const production = process.env.NODE_ENV === "production";
const dataDir = process.env.DATA_DIR ?? "data";

async function devSecret(): Promise<string> {
  // A development secret kept on disk so sessions survive restarts; production must set its own.
  const file = path.join(dataDir, ".nextauth-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

function portArg(): string | undefined {
  const i = nextArgs.findIndex((a) => a === "-p" || a === "--port");
  return i >= 0 ? nextArgs[i + 1] : undefined;
}

async function seedIfEmpty(url: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    if ((await db.user.count()) === 0) {
      const s = await seedDemo(db, { reset: false });
      console.log(`[serve] empty database: loaded demo data (${s.blocs} blocs, ${s.units} units, ${s.users} accounts)`);
    }
  } finally {
    await db.$disconnect();
  }
}

// Demo data is for trying the product: a production server that still opens with the published
// demo password would be open to anyone who read the README.
async function refuseDemoPasswords(url: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const demo = { ids: demoUsers.map((u) => u.id), usernames: demoUsers.map((u) => u.username) };
    const open = await accountsWithPublishedPassword(db, demo, DEMO_PASSWORD);
    if (open.length === 0) return;
    console.error(
      `[serve] Không khởi động: ${open.length} tài khoản vẫn dùng mật khẩu mẫu công khai (${open.join(", ")}).\n` +
        "  Đây là dữ liệu mẫu, không dùng cho hệ thống thật. Cách sửa: cài đặt trên cơ sở dữ liệu trống bằng `npm run setup`,\n" +
        "  hoặc chạy tạm không có NODE_ENV=production, đăng nhập quản trị, đặt lại mật khẩu hoặc khoá các tài khoản đó (Người dùng).",
    );
    await embedded?.stop().catch(() => {});
    process.exit(1);
  } finally {
    await db.$disconnect();
  }
}

const embedded = process.env.DATABASE_URL ? null : await startEmbedded({ dataDir: embeddedDataDir() });
const url = process.env.DATABASE_URL ?? embedded!.url;
// As the app's own role (docs/SECURITY.md) this only finds nothing pending; migrations then come
// from `npm run db:migrate` with the owner's MIGRATION_DATABASE_URL (deploy/thi-dua.service).
const migrated = await migrateAs(url).catch(async (error) => {
  if (!lacksPrivileges(error)) throw error;
  console.error(`[serve] ${(error as Error).message}\n  ${NEEDS_OWNER}`);
  await embedded?.stop().catch(() => {});
  process.exit(1);
});
if (migrated.applied.length) console.log(`[serve] applied migrations: ${migrated.applied.join(", ")}`);
for (const warning of migrated.warnings) console.warn(`[serve] ${warning}`);
if (!production && process.env.SEED_DEMO !== "0") await seedIfEmpty(url);
if (production) await refuseDemoPasswords(url);

const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
// The app never needs the owner's password: a page that goes wrong cannot leak what it does not hold.
delete childEnv.MIGRATION_DATABASE_URL;
// PGlite has one session: lib/db/embedded-queue.ts hands it to one connection at a time for a
// whole exchange or transaction. A small pool still lets a page's reads queue there rather than
// in the app (one connection made end-to-end journeys five times slower).
if (embedded) childEnv.DATABASE_POOL_MAX ??= "8";
// Prepared statements are per session, and PGlite's one session is every connection's: two of
// them would prepare one name twice. Off there whatever the environment says.
childEnv.DATABASE_PREPARED_STATEMENTS = embedded ? "off" : (process.env.DATABASE_PREPARED_STATEMENTS ?? "on");
// Files in PostgreSQL, so that any number of instances serve them; in the data folder beside the
// embedded database, which one process owns anyway.
childEnv.FILE_STORAGE ??= embedded ? "folder" : "database";
if (!production) childEnv.NEXTAUTH_SECRET ??= await devSecret();
childEnv.NEXTAUTH_URL ??= `http://localhost:${portArg() ?? process.env.PORT ?? 3000}`;

// `start` runs the built app through scripts/app-server.ts (Next's handler behind the server-action gate).
const command =
  mode === "start"
    ? ["--import", "tsx", path.resolve("scripts/app-server.ts"), ...nextArgs]
    : [path.resolve("node_modules/next/dist/bin/next"), mode, ...nextArgs];
const next = spawn(process.execPath, command, { stdio: "inherit", env: mode === "start" ? { ...childEnv, NODE_ENV: "production" } : childEnv });

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    next.kill(signal);
  });
}
next.on("exit", (code) => void shutdown(code ?? 0));
