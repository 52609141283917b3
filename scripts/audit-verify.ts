// `npm run audit:verify [-- --checkpoints <folder or file>]…`: walks the audit log's hash chain
// and prints the first broken link, then checks every checkpoint kept outside the database
// (lib/audit/verify.ts): by default those in AUDIT_CHECKPOINT_DIR (DATA_DIR/audit-checkpoints);
// name a copy taken off the machine, or lines taken from a log, with --checkpoints. Exit 1 when
// anything fails. Uses DATABASE_URL, or the embedded database under DATA_DIR — through the
// running app's socket when `npm run dev` / `npm start` holds it.
import { existsSync } from "node:fs";
import pg from "pg";
import { anchorPaths, readCheckpointSources } from "@/lib/audit/anchor-files";
import { describeFinding, verifyAuditLog } from "@/lib/audit/verify";
import { embeddedDataDir, openDatabaseUrl } from "@/lib/db/open";

if (!process.env.DATABASE_URL && !existsSync(embeddedDataDir())) {
  console.error(`Không có cơ sở dữ liệu tại ${embeddedDataDir()} / No database at ${embeddedDataDir()} (set DATABASE_URL or DATA_DIR)`);
  process.exit(2);
}

const given = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--checkpoints" ? [arg] : []));
const checkpointPaths = given.length ? given : [anchorPaths().checkpointDir];
const missing = given.filter((p) => !existsSync(p));
if (missing.length) {
  console.error(`Không tìm thấy / Not found: ${missing.join(", ")}`);
  process.exit(2);
}

const database = await openDatabaseUrl();
const client = new pg.Client({ connectionString: database.url });
const where = database.embedded ? ` [${embeddedDataDir()}]` : "";
let code = 0;
try {
  await client.connect();
  const started = performance.now();
  const report = await verifyAuditLog(client, await readCheckpointSources(checkpointPaths));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { chain } = report;
  if (chain.firstBroken) {
    const { id, reason } = chain.firstBroken;
    console.log(`Liên kết hỏng đầu tiên: mục #${id} (${reason}) / First broken link: entry #${id} (${reason})${where}`);
  } else {
    const last = chain.last ? `; mục cuối / last #${chain.last.id} ${chain.last.hash}` : "";
    console.log(`Chuỗi nguyên vẹn: ${chain.checked} mục đã kiểm tra / Chain intact: ${chain.checked} entries checked (${seconds} s${last})${where}`);
  }
  for (const finding of report.findings) console.log(describeFinding(finding, chain.checked));
  if (report.checkpoints === 0) {
    console.log(
      `Cảnh báo: không có điểm mốc nào trong ${checkpointPaths.join(", ")}, nên không phát hiện được việc cắt bớt các mục cuối hay viết lại cả chuỗi / ` +
        `Warning: no checkpoints found, so a cut tail or a rewritten chain cannot be detected (npm run audit:checkpoint)`,
    );
  } else {
    const newest = report.newest ? `; mới nhất / newest: ${report.newest.at}, ${report.newest.count} mục / entries` : "";
    console.log(`Điểm mốc khớp / Checkpoints confirmed: ${report.confirmed} / ${report.checkpoints}${newest}`);
  }
  if (!report.ok) {
    console.log("Nhật ký kiểm toán KHÔNG nguyên vẹn / The audit log is NOT intact");
    code = 1;
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
