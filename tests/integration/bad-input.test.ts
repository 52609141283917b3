import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logTo } from "@/lib/log/logger";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import type { ActionResult } from "@/lib/actions/result";
import { formDataInput, shapedInput, type Shape } from "../support/arbitraries";

// Property-based bad input: every exported server action, found by reading lib/*/actions.ts (a new one is
// covered without editing this file), gets RUNS generated inputs as the administrator (allowed everywhere).
// Each must come back as a message key that exists in messages/vi, never as "errors.unexpected" or a throw,
// and a batch in which nothing succeeded must leave every table exactly as it was.

// Uploads are stored under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-bad-input-")), "data");

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("../../prisma/seed/demo");

// FC_SEED replays a run (the seed is printed); BAD_INPUT_RUNS shortens a local try.
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 1000);
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const root = path.resolve(import.meta.dirname, "../..");

type Run = (input: unknown) => Promise<ActionResult<unknown>>;
type Entry = { name: string; run: Run; form: boolean };

async function discoverActions(): Promise<Entry[]> {
  const modules = readdirSync(path.join(root, "lib")).filter((dir) => existsSync(path.join(root, "lib", dir, "actions.ts")));
  const entries: Entry[] = [];
  for (const dir of modules.sort()) {
    const file = path.join(root, "lib", dir, "actions.ts");
    // formAction() takes FormData; the source says which exports are built with it.
    const forms = new Set([...readFileSync(file, "utf8").matchAll(/export const (\w+) = formAction\(/g)].map((m) => m[1]));
    const mod: Record<string, unknown> = await import(file);
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") entries.push({ name: `${dir}.${name}`, run: value as Run, form: forms.has(name) });
  }
  return entries;
}

const ACTIONS = await discoverActions();

/** Every leaf of messages/vi as "namespace.dotted.key". */
function messageKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (tree: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === "string") keys.add(`${prefix}.${k}`);
      else walk(v as Record<string, unknown>, `${prefix}.${k}`);
    }
  };
  const dir = path.join(root, "messages", "vi");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) walk(JSON.parse(readFileSync(path.join(dir, file), "utf8")), file.slice(0, -5));
  return keys;
}
const MESSAGES = messageKeys();

// ---- Database fingerprint: row count and content hash of every table ----

let TABLES: string[] = [];
// Table names cannot be parameters: Prisma.raw, on names read from the catalog and quoted.
const table = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);
async function fingerprint(): Promise<Map<string, string>> {
  const parts = TABLES.map(
    (t) => Prisma.sql`SELECT ${t} AS t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM ${table(t)} x`,
  );
  const rows = await db.$queryRaw<{ t: string; f: string }[]>(Prisma.join(parts, " UNION ALL "));
  return new Map(rows.map((r) => [r.t, r.f]));
}
const changedTables = (a: Map<string, string>, b: Map<string, string>) => TABLES.filter((t) => a.get(t) !== b.get(t));

// ---- Shapes: the keys a schema asks for, learnt from its own field errors ----

const fieldKeys = (r: ActionResult<unknown>) => (r.ok ? [] : Object.keys(r.fieldErrors ?? {}));
async function probe(entry: Entry): Promise<Shape> {
  if (entry.form) return { keys: [...new Set(fieldKeys(await entry.run(new FormData())).map((k) => k.split(".")[0]))], nested: {} };
  const keys = [...new Set(fieldKeys(await entry.run({})).map((k) => k.split(".")[0]))].filter((k) => k !== "_form");
  const nested: Record<string, string[]> = {};
  for (const key of keys) {
    const inner = fieldKeys(await entry.run({ [key]: [{}] })).filter((k) => k.startsWith(`${key}.0.`));
    if (inner.length) nested[key] = [...new Set(inner.map((k) => k.split(".")[2]))];
  }
  return { keys, nested };
}

// ---- Tallies for the figure ----

const tally = { actions: 0, inputs: 0, succeeded: 0, serverErrors: 0, unclear: 0, unexpectedChanges: 0 };
const short = (v: unknown) => {
  const text =
    v instanceof FormData
      ? `FormData ${JSON.stringify([...v.entries()].map(([k, x]) => [k, typeof x === "string" ? x : `File(${x.name}, ${x.size} B)`]))}`
      : String(JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x)));
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

let realIds: string[] = [];
const shapes = new Map<string, Shape>();
let extraKeys: string[] = [];
const logged: string[] = [];

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  current.session = (await loadAppSession(db, admin.id))!;
  const tables = await db.$queryRaw<{ name: string; has_id: boolean }[]>`
    SELECT t.table_name AS name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id') AS has_id
      FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations' ORDER BY 1`;
  TABLES = tables.map((t) => t.name);
  // A few real ids of every kind, so some inputs get past "not found" to the checks behind it.
  for (const t of tables.filter((x) => x.has_id))
    realIds.push(...(await db.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM ${table(t.name)} ORDER BY id LIMIT 2`).map((r) => r.id));
  realIds = realIds.filter((id) => id !== admin.id);
  // The action wrapper logs each server error; keep them for the report rather than the output.
  logTo((line) => void logged.push(line));
});

afterAll(() => {
  console.info(
    `[bad-input] actions covered: ${tally.actions}/${ACTIONS.length}, inputs tried: ${tally.inputs}, succeeded: ${tally.succeeded}, ` +
      `server errors: ${tally.serverErrors}, unclear errors: ${tally.unclear}, data changes not expected: ${tally.unexpectedChanges} (seed ${SEED})`,
  );
});

it("finds the actions and learns every input shape without changing data", async () => {
  expect(ACTIONS.length).toBeGreaterThan(50);
  const before = await fingerprint();
  for (const entry of ACTIONS) shapes.set(entry.name, await probe(entry));
  extraKeys = [...new Set([...shapes.values()].flatMap((s) => s.keys))];
  expect(changedTables(before, await fingerprint())).toEqual([]);
});

describe.each(ACTIONS)("$name", (entry) => {
  it(`answers ${RUNS} hostile inputs with a clear message and changes nothing it should not`, { timeout: 120_000 }, async () => {
    const shape = shapes.get(entry.name)!;
    const arbitrary = entry.form ? formDataInput(shape, realIds) : shapedInput(shape, extraKeys, realIds);
    const inputs = fc.sample(arbitrary as fc.Arbitrary<unknown>, { numRuns: RUNS, seed: SEED });
    const before = await fingerprint();
    const lastAudit = (await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
    const found: string[] = [];
    let succeeded = 0;
    for (const input of inputs) {
      logged.length = 0;
      let result: ActionResult<unknown>;
      try {
        result = await entry.run(input);
      } catch (error) {
        found.push(`threw ${String(error)} for ${short(input)}`);
        tally.serverErrors++;
        continue;
      }
      if (result.ok) succeeded++;
      else if (result.error === "errors.unexpected" || result.error === "errors.databaseDown") {
        tally.serverErrors++;
        const cause = logged.length ? (JSON.parse(logged[0]) as { err?: { message?: string } }).err?.message : undefined;
        found.push(`${result.error} for ${short(input)}: ${cause}`);
      } else {
        const keys = [result.error, ...Object.values(result.fieldErrors ?? {}).map((f) => f.key)];
        const missing = keys.filter((k) => !MESSAGES.has(k));
        if (missing.length) {
          tally.unclear++;
          found.push(`no message for ${missing.join(", ")} for ${short(input)}`);
        }
      }
    }
    tally.actions++;
    tally.inputs += inputs.length;
    tally.succeeded += succeeded;
    // Nothing succeeded: nothing may have changed but the log of refused writes on locked data.
    // Something did: the change must be audited.
    const changed = changedTables(before, await fingerprint()).filter((t) => t !== "AuditLog");
    const entries = await db.auditLog.findMany({ where: { id: { gt: lastAudit } }, select: { action: true } });
    const writes = entries.filter((e) => !/refused/.test(e.action)).map((e) => e.action);
    if ((succeeded === 0 && (changed.length > 0 || writes.length > 0)) || (changed.length > 0 && writes.length === 0)) {
      tally.unexpectedChanges++;
      found.push(`data changed (${succeeded} inputs succeeded): tables ${changed.join(", ")}; audit ${[...new Set(writes)].join(", ")}`);
    }
    expect(found.slice(0, 5), found.slice(0, 5).join("\n")).toEqual([]);
  });
});

// Found by this file: PostgreSQL refuses a NUL character in text, which came back as a server error.
it("refuses a NUL character in text and ids with a validation error", async () => {
  const units = await import("@/lib/units/actions");
  const blocs = await import("@/lib/blocs/actions");
  expect(await units.createUnitAction({ code: "NUL-1", name: "Sở\u0000Tư pháp", shortName: "STP" })).toMatchObject({
    ok: false,
    error: "errors.validation",
    fieldErrors: { name: { key: "validation.invalid" } },
  });
  expect(await blocs.setRotationOrderAction({ blocId: "bloc-noi-chinh-tinh", unitIds: ["unit-nc-quan-su", "id\u0000"] })).toMatchObject({
    ok: false,
    error: "errors.validation",
  });
  expect(await units.updateUnitAction({ id: "unit\u0000", code: "X", name: "X", shortName: "X" })).toMatchObject({ ok: false, error: "errors.validation" });
});

// Half of a surrogate pair reaches the server only in a crafted request; the audit trail's JSON cannot
// keep it (PostgreSQL refused it as "invalid input syntax for type json"), so it is refused as input.
it("refuses half of a surrogate pair in text with a validation error and changes nothing", async () => {
  const conferences = await import("@/lib/conferences/actions");
  const units = await import("@/lib/units/actions");
  const registrations = await import("@/lib/registrations/actions");
  const before = await fingerprint();
  expect(await conferences.setMinutesAction({ conferenceId: "conf-noi-chinh-tinh-2026-signing", minutes: "Biên bản \ud800 họp" })).toMatchObject({
    ok: false,
    error: "errors.validation",
    fieldErrors: { minutes: { key: "validation.invalid" } },
  });
  expect(await units.createUnitAction({ code: "SUR-1", name: "Sở Tư pháp \udfff", shortName: "STP" })).toMatchObject({
    ok: false,
    fieldErrors: { name: { key: "validation.invalid" } },
  });
  const targets = {
    blocYearId: "year-noi-chinh-tinh-2026",
    version: 0,
    awardFormIds: [],
    targetContent: ["Chỉ tiêu \ud83d"],
    targetValue: [""],
    targetMeasure: [""],
  };
  expect(await registrations.saveRegistrationAction(targets)).toMatchObject({ ok: false, error: "errors.validation" });
  expect(changedTables(before, await fingerprint())).toEqual([]);
  // A whole emoji is a pair, not a half: kept.
  expect(await conferences.setMinutesAction({ conferenceId: "conf-noi-chinh-tinh-2026-signing", minutes: "Biên bản 👍" })).toMatchObject({ ok: true });
  const conference = await db.conference.findUniqueOrThrow({ where: { id: "conf-noi-chinh-tinh-2026-signing" } });
  expect(conference.minutes).toBe("Biên bản 👍");
});

// A forged delete of what is in use: a Vietnamese message saying to archive instead, nothing changed.
it("refuses deleting a unit, a bloc or an account in use, saying it can be archived instead", async () => {
  const units = await import("@/lib/units/actions");
  const blocs = await import("@/lib/blocs/actions");
  const users = await import("@/lib/users/actions");
  await db.user.update({ where: { username: "donvi" }, data: { lastSignInAt: new Date() } });
  const before = await fingerprint();
  const answers = [
    await units.deleteUnitAction({ id: "unit-nc-so-tu-phap" }),
    await blocs.deleteBlocAction({ id: "bloc-noi-chinh-tinh" }),
    await users.deleteUserAction({ id: "user-donvi" }),
  ];
  expect(answers).toEqual([
    { ok: false, error: "removal.errors.unitInUse" },
    { ok: false, error: "removal.errors.blocInUse" },
    { ok: false, error: "removal.errors.userInUse" },
  ]);
  for (const a of answers) expect(MESSAGES.has((a as { error: string }).error)).toBe(true);
  expect(changedTables(before, await fingerprint())).toEqual([]);
});

it("answers an unusable set-password link with one message, signed out", async () => {
  const accounts = await import("@/lib/users/accounts/actions");
  const admin = current.session;
  current.session = null;
  const answer = await accounts.setPasswordWithLinkAction({ token: "A".repeat(43), password: "Lúa chín vàng 2026", passwordConfirm: "Lúa chín vàng 2026" });
  current.session = admin;
  expect(answer).toEqual({ ok: false, error: "accounts.errors.linkInvalid" });
});
