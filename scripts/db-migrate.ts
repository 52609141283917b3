// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL or the embedded database. With
// MIGRATION_DATABASE_URL (the tables' owner) it migrates as the owner, then sets the privileges of
// DATABASE_URL's role, the app's (lib/db/app-role.ts).
import { lacksPrivileges, migrateAs, NEEDS_OWNER } from "@/lib/db/app-role";
import { openDatabaseUrl } from "@/lib/db/open";

const database = await openDatabaseUrl();
let code = 0;
try {
  const { applied, appRole, warnings } = await migrateAs(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date");
  if (appRole) console.log(`Đã đặt quyền cho vai trò của ứng dụng / Privileges set for the app's role: ${appRole}`);
  for (const warning of warnings) console.warn(`Cảnh báo / Warning: ${warning}`);
  if (warnings.length) code = 1;
} catch (error) {
  if (!lacksPrivileges(error)) throw error;
  console.error(`${(error as Error).message}\n${NEEDS_OWNER}`);
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
