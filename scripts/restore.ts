// `npm run restore -- <file.tar.gz>`: loads an archive written by `npm run backup` into an
// empty database (lib/backup): DATABASE_URL, or the embedded database under DATA_DIR (created
// when missing). Stop the app first: a database it has already filled is refused. With
// MIGRATION_DATABASE_URL it restores as the tables' owner (only the owner may keep the audit
// entries' own hashes), then sets the privileges of DATABASE_URL's role, the app's.
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { RestoreError, restoreBackup } from "@/lib/backup/import";
import { lacksPrivileges, migrateAs, NEEDS_OWNER, ownerUrl } from "@/lib/db/app-role";
import { openDatabaseUrl } from "@/lib/db/open";

const archive = process.argv[2];
if (!archive) {
  console.error("Cách dùng / Usage: npm run restore -- <tệp sao lưu .tar.gz>");
  process.exit(2);
}

if (!existsSync(archive)) {
  console.error(`Không tìm thấy tệp sao lưu / Archive not found: ${archive}`);
  process.exit(2);
}

const dataDir = process.env.DATA_DIR ?? "data";
const database = await openDatabaseUrl();
let code = 0;
try {
  const s = await restoreBackup({ url: ownerUrl(database.url), filesDir: path.resolve(dataDir, "files"), archive: path.resolve(archive) });
  const mb = ((await stat(archive)).size / 1024 / 1024).toFixed(2);
  const upgraded = s.migrationsAfter.length ? `; migration mới / newer migrations applied: ${s.migrationsAfter.join(", ")}` : "";
  console.log(
    `Đã khôi phục / Restored: ${s.tables} bảng/tables, ${s.rows} dòng/rows, ${s.files} tệp/files từ/from ${mb} MB (${s.seconds.toFixed(1)} s)${upgraded}`,
  );
  const { appRole, warnings } = await migrateAs(database.url);
  if (appRole) console.log(`Đã đặt quyền cho vai trò của ứng dụng / Privileges set for the app's role: ${appRole}`);
  for (const warning of warnings) console.warn(`Cảnh báo / Warning: ${warning}`);
} catch (error) {
  const message = (error as Error).message;
  console.error(error instanceof RestoreError ? message : `Khôi phục thất bại / Restore failed: ${message}${lacksPrivileges(error) ? `\n${NEEDS_OWNER}` : ""}`);
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
