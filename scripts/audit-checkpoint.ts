// `npm run audit:checkpoint`: signs the audit chain's head (entry count and newest hash) and
// appends it to AUDIT_CHECKPOINT_DIR (lib/audit/anchor.ts), as the running app does hourly.
// Uses DATABASE_URL, or the embedded database under DATA_DIR — through the running app's
// socket when `npm run dev` / `npm start` holds it.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { writeCheckpoint } from "@/lib/audit/anchor";
import { anchorPaths, CHECKPOINT_FILE } from "@/lib/audit/anchor-files";
import { embeddedDataDir, openDatabaseUrl } from "@/lib/db/open";
import { pgRows } from "@/lib/db/pg-sql";

if (!process.env.DATABASE_URL && !existsSync(embeddedDataDir())) {
  console.error(`Không có cơ sở dữ liệu tại ${embeddedDataDir()} / No database at ${embeddedDataDir()} (set DATABASE_URL or DATA_DIR)`);
  process.exit(2);
}

const paths = anchorPaths();
const database = await openDatabaseUrl();
const client = new pg.Client({ connectionString: database.url });
let code = 0;
try {
  await client.connect();
  const result = await writeCheckpoint(pgRows(client), paths);
  const file = path.join(paths.checkpointDir, CHECKPOINT_FILE);
  if (!result) console.log("Nhật ký kiểm toán còn trống: chưa có gì để ghi điểm mốc / The audit log is empty: nothing to anchor yet");
  else {
    const { count, id, hash } = result.checkpoint;
    const how = result.written ? "Đã ghi điểm mốc / Checkpoint written" : "Điểm mốc này đã có / Same as the last checkpoint";
    console.log(`${how}: ${count} mục / entries, mục cuối / last #${id} ${hash} → ${file}`);
  }
} catch (error) {
  console.error(`Không ghi được điểm mốc / Could not write a checkpoint: ${(error as Error).message}`);
  code = 1;
} finally {
  await client.end().catch(() => {});
  await database.close();
}
process.exit(code);
