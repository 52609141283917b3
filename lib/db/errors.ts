import { Prisma } from "@/lib/generated/prisma/client";

// How a database that is down or restarting shows up through Prisma 7 and its pg adapter:
// P1001 "can't reach" (ECONNREFUSED), P1017 "server closed the connection", P1008 time-outs,
// a raw pg error for a connection dropped mid-query ("Connection terminated unexpectedly"),
// a pool time-out, or a PostgreSQL that is shutting down / starting up / full.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SQLSTATES = /^(08|57P0[1-3]$|53300$)/; // connection exception, admin/crash shutdown, cannot connect now, too many connections
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|Can't reach database server/i;

type Cause = { kind?: string; originalCode?: string; code?: string };

/** True when the error means "the database cannot be reached right now", not a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (PRISMA_CODES.has(error.code)) return true;
    const cause = (error.meta?.driverAdapterError as { cause?: Cause } | undefined)?.cause;
    if (cause?.kind && ADAPTER_KINDS.has(cause.kind)) return true;
    const sqlState = cause?.originalCode ?? cause?.code;
    return typeof sqlState === "string" && SQLSTATES.test(sqlState);
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && (SQLSTATES.test(code) || code === "ECONNREFUSED" || code === "ECONNRESET")) return true;
    return MESSAGES.test(error.message);
  }
  return false;
}
