// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL or the embedded database.
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabaseUrl } from "@/lib/db/open";

const database = await openDatabaseUrl();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date");
} finally {
  await database.close();
}
