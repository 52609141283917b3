// `npm run db:seed [-- --reset]`: loads the demo blocs and accounts. Refuses to run in production.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabaseUrl } from "@/lib/db/open";
import { seedDemo } from "./seed/demo";

if (process.env.NODE_ENV === "production") {
  console.error("Refusing to load demo data when NODE_ENV=production");
  process.exit(1);
}

const database = await openDatabaseUrl();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
try {
  await applyMigrations(database.url);
  const summary = await seedDemo(db, { reset: process.argv.includes("--reset") });
  console.log(`Demo data: ${summary.blocs} blocs, ${summary.units} units, ${summary.users} accounts`);
} finally {
  await db.$disconnect();
  await database.close();
}
