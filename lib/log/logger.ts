import { hostname } from "node:os";
import { env } from "@/lib/env";
import { currentRequest } from "./context";

/*
 * Structured logs: one JSON object per line on stdout, for journald or any collector to parse.
 * The interface is pino's (`log.info({ fields }, "message")`, `child(bindings)`), and the lines
 * are what pino writes with `formatters.level` giving the label, `timestamp: isoTime` and a
 * `mixin` adding the request's id and user (lib/log/context.ts): swapping pino in is one file.
 * pino is not a dependency yet (docs/ARCHITECTURE.md, "Side effects, jobs and logs").
 */

export type LogFields = Record<string, unknown>;
export type LogLevel = "debug" | "info" | "warn" | "error";

type Method = {
  (message: string): void;
  (fields: LogFields, message?: string): void;
};

export type Logger = { [L in LogLevel]: Method } & { child(bindings: LogFields): Logger };

const RANK: Record<LogLevel | "silent", number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity };

// Values under these names never reach a log, at any depth (pino's `redact`).
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

const base = { pid: process.pid, hostname: hostname() };

function write(level: LogLevel, bindings: LogFields, fields: LogFields, message: string | undefined) {
  if (RANK[level] < RANK[env.LOG_LEVEL]) return;
  const request = currentRequest();
  const record = {
    level,
    time: new Date().toISOString(),
    ...base,
    ...(request && { requestId: request.requestId, ...(request.userId && { userId: request.userId }) }),
    ...(serialize(bindings) as LogFields),
    ...(serialize(fields) as LogFields),
    ...(message !== undefined && { msg: message }),
  };
  (sinks[SINK] ?? stdout)(`${JSON.stringify(record)}\n`);
}

function make(bindings: LogFields): Logger {
  const method =
    (level: LogLevel): Method =>
    (first: string | LogFields, message?: string) =>
      typeof first === "string" ? write(level, bindings, {}, first) : write(level, bindings, first, message);
  return {
    debug: method("debug"),
    info: method("info"),
    warn: method("warn"),
    error: method("error"),
    child: (more) => make({ ...bindings, ...more }),
  };
}

/** The root logger; give each part of the app its own: `log.child({ scope: "jobs" })`. */
export const log = make({});
