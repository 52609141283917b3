// `npm run audit:verify`: walks the audit log's hash chain and prints the first broken link,
// if any (exit code 1). Uses DATABASE_URL, or the embedded database under DATA_DIR — through
// the running app's socket when `npm run dev` / `npm start` holds it.
import { existsSync } from "node:fs";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/chain";
import { embeddedDataDir, openDatabaseUrl } from "@/lib/db/open";

if (!process.env.DATABASE_URL && !existsSync(embeddedDataDir())) {
  console.error(`Không có cơ sở dữ liệu tại ${embeddedDataDir()} / No database at ${embeddedDataDir()} (set DATABASE_URL or DATA_DIR)`);
  process.exit(2);
}

const database = await openDatabaseUrl();
const client = new pg.Client({ connectionString: database.url });
const where = database.embedded ? ` [${embeddedDataDir()}]` : "";
let code = 0;
try {
  await client.connect();
  const started = performance.now();
  const report = await verifyAuditChain(client);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.firstBroken) {
    const { id, reason } = report.firstBroken;
    console.log(`Liên kết hỏng đầu tiên: mục #${id} (${reason}) / First broken link: entry #${id} (${reason})${where}`);
    code = 1;
  } else {
    const last = report.last ? `; mục cuối / last #${report.last.id} ${report.last.hash}` : "";
    console.log(`Nhật ký nguyên vẹn: ${report.checked} mục đã kiểm tra / Audit log intact: ${report.checked} entries checked (${seconds} s${last})${where}`);
  }
} catch (error) {
  const pgCode = (error as { code?: string }).code;
  // 42P01 / 42883: no "AuditLog" table or no audit_hash(), i.e. migrations are not applied yet.
  const hint = pgCode === "42P01" || pgCode === "42883" ? " — chạy / run `npm run db:migrate`" : "";
  console.error(`Không kiểm tra được nhật ký / Could not verify the audit log: ${(error as Error).message}${hint}${where}`);
  code = 2;
} finally {
  await client.end().catch(() => {});
  await database.close();
}
process.exit(code);
