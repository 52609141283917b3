import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { TRANSACTION_OPTIONS } from "@/lib/db";

import { usePostgres } from "./test-db";

/**
 * Another client on the test's database, as a second app instance would hold: its own pool (one
 * connection on PGlite, whose socket serves one at a time) and the app's transaction options, so
 * a race between clients waits for a connection as the app does instead of failing after 2 s.
 */
export const secondClient = () =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: usePostgres ? 4 : 1 }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
