import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_NAMESPACES, pickClientMessages } from "@/lib/i18n/client-messages";

// Pages send the browser only some message namespaces (lib/i18n/client-messages.ts). This walks
// each page's and layout's imports, finds the client components it renders and the namespaces
// they read, and checks the page's <ClientMessages namespaces={…}> lists them: a missing one
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

/** What the page's own <ClientMessages> lists, or the nearest layout's above it, or the root's. */
function provided(file: string): Set<string> {
  let dir = path.dirname(file);
  const candidates = [file];
  while (dir.startsWith(path.join(root, "app"))) {
    candidates.push(path.join(dir, "layout.tsx"));
    dir = path.dirname(dir);
  }
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const lists = [...sourceOf(candidate).matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)];
    if (lists.length === 0) continue;
    return new Set([...BASE_NAMESPACES, ...lists.flatMap((m) => [...m[1].matchAll(/"([a-zA-Z]+)"/g)].map((n) => n[1]))]);
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

  it("finds the namespaces of a known client form (the walk itself works)", () => {
    const needs = clientNamespaces(path.join(root, "app/(app)/blocs/[id]/years/[year]/scoring/[unitId]/page.tsx"));
    expect([...needs.keys()]).toContain("scoring");
  });

  it("keeps every namespace's errors and validation keys, drops the rest of unlisted namespaces", () => {
    const all = { common: { a: "A" }, scoring: { title: "T", errors: { locked: "L" } }, users: { validation: { x: "X" }, list: "Y" } };
    expect(pickClientMessages(all, [])).toEqual({ common: { a: "A" }, scoring: { errors: { locked: "L" } }, users: { validation: { x: "X" } } });
    expect(pickClientMessages(all, ["scoring"])).toMatchObject({ scoring: all.scoring });
  });
});
