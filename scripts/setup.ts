// `npm run setup`: the first run on an empty database. Applies pending migrations (as
// MIGRATION_DATABASE_URL's owner when set, then sets the app role's privileges), then creates
// the first administrator and the council's settings — from SETUP_* variables when they are
// set (scripts, CI), otherwise by asking. Refuses, changing nothing, once an administrator exists.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { settingsFromEnvironment } from "@/lib/council/settings";
import { lacksPrivileges, migrateAs, NEEDS_OWNER } from "@/lib/db/app-role";
import { openDatabaseUrl } from "@/lib/db/open";
import { firstRun, firstRunSchema } from "@/lib/setup/first-run";
import { askHidden } from "./setup-prompt";

const validation = JSON.parse(readFileSync(path.resolve("messages/vi/validation.json"), "utf8")) as Record<string, unknown>;
function message(key: string): string {
  const value = key
    .replace(/^validation\./, "")
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), validation);
  return typeof value === "string" ? value.replace(/\{(\w+)\}/g, "…") : key;
}

const LABELS: Record<string, string> = {
  username: "Tên đăng nhập",
  password: "Mật khẩu",
  name: "Họ và tên",
  councilName: "Tên Hội đồng",
  boardName: "Tên Ban Thi đua - Khen thưởng",
  place: "Địa danh",
};

async function askAll(defaults: ReturnType<typeof settingsFromEnvironment>) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (label: string, fallback?: string) => (await rl.question(fallback ? `${label} [${fallback}]: ` : `${label}: `)).trim() || fallback || "";
  try {
    const username = await ask(LABELS.username, "admin");
    const name = await ask(LABELS.name, "Quản trị hệ thống");
    const councilName = await ask(LABELS.councilName, defaults.councilName);
    const boardName = await ask(LABELS.boardName, defaults.boardName);
    const place = await ask(LABELS.place, defaults.place);
    // Closed, not paused: a paused interface still hears the keys and echoes them as the password is typed.
    rl.close();
    const password = await askHidden(`${LABELS.password} (ít nhất 10 ký tự): `);
    const again = await askHidden("Nhập lại mật khẩu: ");
    if (password !== again) throw new SetupError("Hai lần nhập mật khẩu không khớp. Không thay đổi gì.");
    return { username, name, councilName, boardName, place, password };
  } finally {
    rl.close();
  }
}

class SetupError extends Error {}

function fromEnvironment(defaults: ReturnType<typeof settingsFromEnvironment>) {
  const e = process.env;
  return {
    username: e.SETUP_ADMIN_USERNAME ?? "",
    password: e.SETUP_ADMIN_PASSWORD ?? "",
    name: e.SETUP_ADMIN_NAME ?? "Quản trị hệ thống",
    councilName: e.SETUP_COUNCIL_NAME ?? defaults.councilName,
    boardName: e.SETUP_BOARD_NAME ?? defaults.boardName,
    place: e.SETUP_COUNCIL_PLACE ?? defaults.place,
  };
}

const database = await openDatabaseUrl();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
let exitCode = 0;
try {
  const { applied, appRole, warnings } = await migrateAs(database.url).catch((error) => {
    throw lacksPrivileges(error) ? new SetupError(`${(error as Error).message}\n${NEEDS_OWNER}`) : error;
  });
  console.log(applied.length ? `Đã áp dụng migration: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
  if (appRole) console.log(`Đã đặt quyền cho vai trò của ứng dụng: ${appRole}.`);
  if (warnings.length) throw new SetupError(`Vai trò của ứng dụng còn quá nhiều quyền nên chưa tạo quản trị viên:\n  ${warnings.join("\n  ")}`);
  const admins = await db.user.findMany({ where: { role: "ADMIN" }, select: { username: true } });
  if (admins.length > 0)
    throw new SetupError(
      `Đã có quản trị viên (${admins.map((a) => a.username).join(", ")}): npm run setup chỉ dành cho lần cài đặt đầu tiên. Không thay đổi gì.`,
    );

  const defaults = settingsFromEnvironment();
  const nonInteractive = Boolean(process.env.SETUP_ADMIN_USERNAME || process.env.SETUP_ADMIN_PASSWORD) || !process.stdin.isTTY;
  const raw = nonInteractive ? fromEnvironment(defaults) : await askAll(defaults);
  const parsed = firstRunSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${LABELS[String(i.path[0])] ?? i.path.join(".")}: ${message(i.message)}`);
    const hint = nonInteractive
      ? "\n(Đặt SETUP_ADMIN_USERNAME, SETUP_ADMIN_PASSWORD, SETUP_COUNCIL_NAME, SETUP_COUNCIL_PLACE hoặc chạy trong terminal để được hỏi.)"
      : "";
    throw new SetupError(`Không cài đặt được, không thay đổi gì:\n${lines.join("\n")}${hint}`);
  }
  const result = await firstRun(db, parsed.data);
  if (!result.ok) throw new SetupError(`Đã có quản trị viên (${result.usernames.join(", ")}). Không thay đổi gì.`);
  console.log(`Đã tạo quản trị viên "${parsed.data.username}" và thông tin của ${parsed.data.councilName}. Khởi động ứng dụng và đăng nhập.`);
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.close();
}
process.exit(exitCode);
