import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { hotStatementNames } from "@/lib/db/statement-names";

// One client per process, kept on globalThis so hot reload does not open new pools.
// Created on first use: `next build` imports route modules without a database.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

// A transaction waits up to 10 s for a free connection (Prisma's default is 2 s): on the embedded
// database (one connection) a burst of saves queues rather than failing with a server error.
export const TRANSACTION_OPTIONS = { maxWait: 10_000 } as const;

function client(): PrismaClient {
  if (globalForDb.prisma) return globalForDb.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide the embedded database");
  }
  // The pool is ours, not the adapter's, so its connections can be counted (poolStats).
  const pool = new pg.Pool({ connectionString, max: env.DATABASE_POOL_MAX });
  globalForDb.pool = pool;
  globalForDb.prisma = new PrismaClient({
    adapter: new PrismaPg(pool, {
      disposeExternalPool: true,
      ...(env.DATABASE_PREPARED_STATEMENTS === "on" ? { statementNameGenerator: hotStatementNames() } : {}),
    }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  return globalForDb.prisma;
}

/** The app's connections to its database: open, idle, and requests waiting for one (/api/metrics). */
export function poolStats(): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = globalForDb.pool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: env.DATABASE_POOL_MAX } : null;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
