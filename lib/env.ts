import { z } from "zod";
import { parseLimits } from "@/lib/limits/config";
import { proxyList } from "@/lib/security/client-address";

// Parsed once at start-up: a wrong value stops the server with a clear message.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // "off" behind a reverse proxy that compresses responses itself (deploy/nginx-site.conf); read by next.config.ts.
  APP_COMPRESSION: z.enum(["on", "off"]).default("on"),
  // "on": the statements run most are kept prepared on PostgreSQL's connections (lib/db/statement-names.ts),
  // what `npm start` picks on PostgreSQL. "off" on the embedded database, whose one session every
  // connection shares, and behind a pooler in transaction mode that does not keep them (PgBouncer before 1.21).
  DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("off"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  COUNCIL_NAME: z.string().min(1).default("Hội đồng Thi đua - Khen thưởng tỉnh Ninh Bình"),
  BOARD_NAME: z.string().min(1).default("Ban Thi đua - Khen thưởng, Sở Nội vụ"),
  COUNCIL_PLACE: z.string().min(1).default("Ninh Bình"),
  DATA_DIR: z.string().min(1).default("data"),
  // Where uploaded files' bytes live (lib/attachments/storage.ts): "database" (rows every instance
  // reads; what `npm start` picks on PostgreSQL) or "folder" (DATA_DIR/files; on the embedded database).
  FILE_STORAGE: z.enum(["database", "folder"]).default("folder"),
  // A working day; see lib/auth/options.ts.
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(720).default(8),
  // A sign-in nobody used for this long ends (lib/sessions/rules.ts).
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  // Reverse proxies whose X-Forwarded-For is believed (lib/security/client-address.ts); none by default.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((v) => {
      try {
        proxyList(v);
        return true;
      } catch {
        return false;
      }
    }, "comma-separated IP addresses or CIDR ranges, e.g. 127.0.0.1,::1"),
  // Requests per minute per user and per address, over lib/limits/config.ts's defaults; "off" for none.
  RATE_LIMITS: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const limits = parseLimits(v);
      if (limits instanceof Error) ctx.addIssue({ code: "custom", message: `${limits.message}; e.g. documents=20/200,anonymous=30 or off` });
      return limits instanceof Error ? z.NEVER : limits;
    }),
  // PDF and DOCX documents rendered at once by one app instance (default: one fewer than its cores),
  // and how long a request waits for its turn before it is answered 503 (lib/documents/render-slots.ts).
  DOCUMENT_RENDERS: z.coerce.number().int().min(1).max(32).optional(),
  DOCUMENT_WAIT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  // The bearer token a Prometheus scraper sends to /api/metrics; unset, the route answers 404.
  METRICS_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  // The public address (next-auth's own variable): links in e-mails and set-password links start with it.
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  // The mail server notifications are sent through (lib/notifications/mailer.ts), e.g.
  // smtps://user:password@mail.example.gov.vn:465; unset, e-mails are kept for the administrator to read.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  // The sender's address; its name is the council's (CouncilSettings).
  SMTP_FROM: z.email().default("thidua@localhost.localdomain"),
  // A PEM file of the root certificates a signed copy's signature must chain to (lib/signed-copies/trust.ts),
  // e.g. the national root CA's; unset, signatures are checked but whose CA issued them is not judged.
  SIGNATURE_TRUST_ANCHORS: z.string().min(1).optional(),
  // The least severe log line written (lib/log/logger.ts); "silent" writes none.
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  // `next build` loads route modules without the runtime secrets; the server start checks them.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (parsed.data.NODE_ENV === "production" && !parsed.data.NEXTAUTH_SECRET && !building) {
    throw new Error("Invalid environment configuration:\n  NEXTAUTH_SECRET is required in production");
  }
  return parsed.data;
}

export const env = parseEnv();
