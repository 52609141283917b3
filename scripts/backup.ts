// `npm run backup [-- --out file.tar.gz]`: every database row and stored file in one archive
// (lib/backup). Uses DATABASE_URL, or the embedded database under DATA_DIR — through the
// running app's socket when `npm run dev` / `npm start` holds it. The app may keep running.
// Then signs a checkpoint of the audit chain (lib/audit/anchor.ts) and puts a copy beside the
// archive, so backups copied off the machine carry the audit log's head as it was.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { writeCheckpoint } from "@/lib/audit/anchor";
import { appendCheckpoint } from "@/lib/audit/anchor-files";
import { createBackup } from "@/lib/backup/export";
import { embeddedDataDir, openDatabaseUrl } from "@/lib/db/open";
import { pgRows } from "@/lib/db/pg-sql";

const dataDir = process.env.DATA_DIR ?? "data";
const outIndex = process.argv.indexOf("--out");
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const out = path.resolve(outIndex >= 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : path.join(dataDir, "backups", `tdk-${stamp}.tar.gz`));

if (!process.env.DATABASE_URL && !existsSync(embeddedDataDir())) {
  console.error(`Không có cơ sở dữ liệu tại ${embeddedDataDir()} / No database at ${embeddedDataDir()} (set DATABASE_URL or DATA_DIR)`);
  process.exit(2);
}

const database = await openDatabaseUrl();
let code = 0;
try {
  const s = await createBackup({ url: database.url, filesDir: path.resolve(dataDir, "files"), out });
  const mb = (s.bytes / 1024 / 1024).toFixed(2);
  console.log(`Đã sao lưu / Backed up: ${s.tables} bảng/tables, ${s.rows} dòng/rows, ${s.files} tệp/files → ${s.file} (${mb} MB, ${s.seconds.toFixed(1)} s)`);
  if (s.missingFiles.length) {
    console.warn(
      `Cảnh báo: ${s.missingFiles.length} tệp đính kèm có trong cơ sở dữ liệu nhưng không có trên đĩa / attachments missing on disk: ${s.missingFiles.join(", ")}`,
    );
  }
} catch (error) {
  console.error(`Sao lưu thất bại / Backup failed: ${(error as Error).message}`);
  code = 1;
}
const client = new pg.Client({ connectionString: database.url });
try {
  await client.connect();
  const result = await writeCheckpoint(pgRows(client));
  if (result) {
    // A copy beside the archive, kept when old archives are deleted: whoever takes the backups off the machine takes these too.
    const copy = `${path.basename(out).replace(/\.tar\.gz$/, "")}.checkpoint.jsonl`;
    await appendCheckpoint(path.dirname(out), result.checkpoint, result.publicKey, copy);
    console.log(`Điểm mốc nhật ký kiểm toán / Audit checkpoint: ${result.checkpoint.count} mục / entries → ${path.join(path.dirname(out), copy)}`);
  }
} catch (error) {
  console.error(`Không ghi được điểm mốc / Could not write an audit checkpoint: ${(error as Error).message}`);
  code = 1;
} finally {
  await client.end().catch(() => {});
  await database.close();
}
process.exit(code);
