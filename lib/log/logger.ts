import pino from "pino";
import { env } from "@/lib/env";
import { currentRequest } from "./context";

/*
 * Structured logs: one JSON object per line on stdout (pino), for journald or any collector to
 * parse. Each line carries the level's label, an ISO time, pid and host, and — inside a request —
 * its id and user (lib/log/context.ts). Callers write `log.info({ fields }, "message")` and give
 * each part of the app its own `log.child({ scope })`.
 */

export type LogFields = Record<string, unknown>;
export type LogLevel = "debug" | "info" | "warn" | "error";
export type Logger = Pick<pino.Logger, LogLevel> & { child(bindings: LogFields): Logger };

// Values under these names never reach a log, at any depth. pino's own `redact` takes fixed
// paths, and a password can sit anywhere in an action's input, so the names are matched instead.
const SECRET = /^(password|newPassword|currentPassword|passwordHash|cookie|set-cookie|authorization|token|secret)$/i;

type Sink = (line: string) => void;
const SINK = Symbol.for("thi-dua-khoi.log-sink");
const sinks = globalThis as unknown as Record<symbol, Sink | undefined>;
const stdout: Sink = (line) => void process.stdout.write(line);

/** Sends the lines elsewhere until the returned function is called (tests read them). */
export function logTo(sink: Sink): () => void {
  const before = sinks[SINK];
  sinks[SINK] = sink;
  return () => void (sinks[SINK] = before);
}

function serialize(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { type: value.name, message: value.message, stack: value.stack, ...(code !== undefined && { code }) };
  }
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object" || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => serialize(v, depth + 1));
  if (value instanceof Date) return value.toISOString();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET.test(k) ? "[redacted]" : serialize(v, depth + 1)]));
}

const fields = (object: object) => serialize(object) as LogFields;

/** The root logger; give each part of the app its own: `log.child({ scope: "jobs" })`. */
export const log: Logger = pino(
  {
    level: env.LOG_LEVEL,
    timestamp: pino.stdTimeFunctions.isoTime,
    // pino's own `err` serializer names a code-carrying error "Object"; ours keeps name and code.
    serializers: { err: (value: unknown) => serialize(value) },
    formatters: { level: (label) => ({ level: label }), bindings: fields, log: fields },
    mixin() {
      const request = currentRequest();
      return request ? { requestId: request.requestId, ...(request.userId && { userId: request.userId }) } : {};
    },
  },
  // Written synchronously, line by line, to whatever sink is current: tests swap it at run time.
  { write: (line: string) => (sinks[SINK] ?? stdout)(line) },
);
