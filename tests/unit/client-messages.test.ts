import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_NAMESPACES, mergeMessages, pickBaseMessages, pickClientMessages } from "@/lib/i18n/client-messages";

// Pages send the browser only some message namespaces (lib/i18n/client-messages.ts). This walks
// each page's and layout's imports, finds the client components it renders and the namespaces
// they read, and checks the page's <ClientMessages namespaces={…}> lists them; then finds the
// server actions it can call and the error keys ("ns.errors.…", "ns.validation.…") in the code
// they import, and checks those namespaces are listed or named in errorsOf={…}. A missing one
// would show raw keys to the user.

const root = path.resolve(import.meta.dirname, "../..");
const NAMESPACES = readdirSync(path.join(root, "messages/vi")).map((f) => f.replace(/\.json$/, ""));

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

const sourceOf = (file: string) => readFileSync(file, "utf8");
const importsOf = (file: string) =>
  [...sourceOf(file).matchAll(/(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"/g)]
    .map((m) => resolveImport(file, m[1]))
    .filter((f): f is string => f !== null);
const isClient = (file: string) => /^\s*["']use client["']/.test(sourceOf(file));
// A client module's import of a server action is a reference to server code, not client code.
const isServerAction = (file: string) => /^\s*["']use server["']/.test(sourceOf(file));

/** Namespaces a client module reads: useTranslations("ns") and keys written "ns.…" in full. */
function namespacesRead(file: string): Set<string> {
  const src = sourceOf(file);
  const found = new Set<string>();
  for (const m of src.matchAll(/useTranslations\("([a-zA-Z]+)/g)) found.add(m[1]);
  for (const m of src.matchAll(/["`]([a-zA-Z]+)\.[a-zA-Z$]/g)) if (NAMESPACES.includes(m[1])) found.add(m[1]);
  return found;
}

/** Namespaces read by the client modules a server file renders (all of a client module's imports are client too). */
function clientNamespaces(entry: string): Map<string, string[]> {
  const needs = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key) || isServerAction(file)) return;
    seen.add(key);
    const inClient = client || isClient(file);
    if (inClient) for (const ns of namespacesRead(file)) needs.set(ns, [...(needs.get(ns) ?? []), path.relative(root, file)]);
    for (const next of importsOf(file)) walk(next, inClient);
  };
  walk(entry, false);
  return needs;
}

/**
 * Namespaces whose errors or validation keys the server actions `entry` can call may answer
 * with: every "use server" module it imports (a page also hands actions to its forms as props),
 * and every such key written in the code those modules import. It over-counts (every key of a
 * module, whichever function throws it), which costs a few hundred bytes, never a raw key.
 */
function errorNamespaces(entry: string): Map<string, string[]> {
  const actions = new Set<string>();
  const seen = new Set<string>();
  const findActions = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (isServerAction(file)) actions.add(file);
    else for (const next of importsOf(file)) findActions(next);
  };
  findActions(entry);
  const needs = new Map<string, string[]>();
  for (const action of actions) {
    const read = new Set<string>();
    const walk = (file: string) => {
      if (read.has(file)) return;
      read.add(file);
      for (const m of sourceOf(file).matchAll(/["`]([a-zA-Z]+)\.(?:errors|validation)\./g))
        if (NAMESPACES.includes(m[1])) needs.set(m[1], [...(needs.get(m[1]) ?? []), path.relative(root, action)]);
      for (const next of importsOf(file)) walk(next);
    };
    walk(action);
  }
  return needs;
}

/** The names in one prop of the <ClientMessages> elements of a file: namespaces={["a", "b"]}. */
const listed = (source: string, prop: "namespaces" | "errorsOf") =>
  [...source.matchAll(new RegExp(`<ClientMessages[^>]*?\\b${prop}=\\{\\[([^\\]]*)\\]\\}`, "g"))].flatMap((m) =>
    [...m[1].matchAll(/"([a-zA-Z]+)"/g)].map((n) => n[1]),
  );

/**
 * What the page has: the root's base, and the namespaces and errorsOf of its own <ClientMessages>,
 * or else of the nearest layout's above it that wraps its {children} in one. ((app)/layout.tsx wraps
 * only its own password form: the pages below it are under the root's.)
 */
function provided(file: string): Set<string> {
  let dir = path.dirname(file);
  const candidates = [file];
  while (dir.startsWith(path.join(root, "app"))) {
    candidates.push(path.join(dir, "layout.tsx"));
    dir = path.dirname(dir);
  }
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const source = sourceOf(candidate);
    const wraps = candidate === file ? /<(Client|Base)Messages/.test(source) : /\{children\}\s*<\/(Client|Base)Messages>/.test(source);
    if (!wraps) continue;
    return new Set([...BASE_NAMESPACES, ...listed(source, "namespaces"), ...listed(source, "errorsOf")]);
  }
  return new Set();
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : /^(page|layout|error|not-found)\.tsx$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe("messages sent to the browser", () => {
  const files = routeFiles(path.join(root, "app"));

  it.each(files.map((f) => [path.relative(root, f), f]))("%s sends every namespace its client components read", (_, file) => {
    const have = provided(file);
    const missing = [...clientNamespaces(file)].filter(([ns]) => !have.has(ns)).map(([ns, by]) => `${ns} (read by ${[...new Set(by)].join(", ")})`);
    expect(missing).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(root, f), f]))("%s sends the errors its server actions may answer with", (_, file) => {
    const have = provided(file);
    const missing = [...errorNamespaces(file)].filter(([ns]) => !have.has(ns)).map(([ns, by]) => `${ns} (from ${[...new Set(by)].join(", ")})`);
    expect(missing).toEqual([]);
  });

  it("finds the namespaces of a known client form and its actions' errors (the walks themselves work)", () => {
    const sheet = path.join(root, "app/(app)/blocs/[id]/years/[year]/scoring/[unitId]/page.tsx");
    expect([...clientNamespaces(sheet).keys()]).toContain("scoring");
    // The sheet's evidence upload answers with the attachments' errors.
    expect([...errorNamespaces(sheet).keys()]).toEqual(expect.arrayContaining(["scoring", "attachments"]));
  });

  it("sends the base once and, per section, the listed namespaces whole and only the errors and validation keys of errorsOf", () => {
    const all = { common: { a: "A" }, scoring: { title: "T", errors: { locked: "L" } }, users: { validation: { x: "X" }, list: "Y" } };
    expect(pickBaseMessages(all)).toEqual({ common: { a: "A" } });
    expect(pickClientMessages(all, [])).toEqual({});
    expect(pickClientMessages(all, [], ["scoring", "users"])).toEqual({ scoring: { errors: { locked: "L" } }, users: { validation: { x: "X" } } });
    expect(pickClientMessages(all, ["scoring"], ["users"])).toEqual({ scoring: all.scoring, users: { validation: { x: "X" } } });
  });

  it("adds a section's messages to those above it, a namespace's keys to the keys it has", () => {
    const above = { common: { a: "A" }, auth: { errors: { x: "X" }, title: "Đăng nhập" } };
    expect(mergeMessages(above, { auth: { validation: { y: "Y" } }, scoring: { t: "T" } })).toEqual({
      common: { a: "A" },
      auth: { errors: { x: "X" }, title: "Đăng nhập", validation: { y: "Y" } },
      scoring: { t: "T" },
    });
    expect(above.auth).toEqual({ errors: { x: "X" }, title: "Đăng nhập" });
  });
});
