import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";

// Guards the message catalogue: English mirrors Vietnamese key for key, and every
// message key the code names literally exists in messages/vi.

const root = path.resolve(import.meta.dirname, "../..");
type Tree = { [key: string]: string | Tree };

const namespacesOf = (locale: string) =>
  readdirSync(path.join(root, "messages", locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();

const readNamespace = (locale: string, ns: string): Tree => JSON.parse(readFileSync(path.join(root, "messages", locale, `${ns}.json`), "utf8"));

/** Leaf strings by dotted path: { a: { b: "x" } } → Map { "a.b" => "x" }. */
function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

/** ICU argument names: "{count, plural, one {# item} other {# items}}" → "count". */
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]))].sort().join(", ");

const viNamespaces = namespacesOf("vi");
const vi = Object.fromEntries(viNamespaces.map((ns) => [ns, readNamespace("vi", ns)]));
const viKeys = flatten(vi);

describe("English messages mirror Vietnamese", () => {
  it.each(viNamespaces)("messages/en/%s.json", (ns) => {
    const file = path.join(root, "messages", "en", `${ns}.json`);
    expect(existsSync(file), `messages/en/${ns}.json is missing (English must be complete)`).toBe(true);
    const viFlat = flatten(vi[ns]);
    const enFlat = flatten(readNamespace("en", ns));
    const problems = [
      ...[...viFlat.keys()].filter((k) => !enFlat.has(k)).map((k) => `missing in en: ${ns}.${k}`),
      ...[...enFlat.keys()].filter((k) => !viFlat.has(k)).map((k) => `only in en: ${ns}.${k}`),
      ...[...viFlat]
        .filter(([k, v]) => enFlat.has(k) && placeholders(v) !== placeholders(enFlat.get(k)!))
        .map(([k, v]) => `placeholders differ: ${ns}.${k} vi {${placeholders(v)}} en {${placeholders(enFlat.get(k)!)}}`),
    ];
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("has no English namespace without a Vietnamese one", () => {
    const extra = namespacesOf("en").filter((ns) => !viNamespaces.includes(ns));
    expect(extra, `only in messages/en: ${extra.join(", ")}`).toEqual([]);
  });
});

// ---- Keys named in source ----

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(root, "lib", "generated") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// `const t = await getTranslations("units")`, `const t = useTranslations()`.
const TRANSLATOR = /\b(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:(["'])([\w.]+)\2)?\s*\)/g;
// `(await getTranslations("users"))("title")`.
const INLINE_CALL = /\(\s*await\s+getTranslations\(\s*(["'])([\w.]+)\1\s*\)\s*\)\(\s*(["'])([^"'\n]+)\3\s*[,)]/g;
// A string literal that is a whole message key, used as data (DomainError keys, zod messages).
const KNOWN_NAMESPACES = ["errors", "validation", "units", "blocs", "users", "audit", "auth", "common", "overview", "nav", "roles", "app"];
const namespaceGroup = [...new Set([...KNOWN_NAMESPACES, ...viNamespaces])].join("|");
const FULL_KEY = new RegExp(`(["'])((?:${namespaceGroup})\\.[A-Za-z0-9_.]+)\\1`, "g");
// Literals shaped like keys that are not message keys.
const NOT_KEYS = new Set<string>(PERMISSIONS);

type Use = { file: string; key: string };

function keysUsedIn(file: string): Use[] {
  const source = readFileSync(file, "utf8");
  const rel = path.relative(root, file);
  const uses: Use[] = [];
  const translatorArgs = new Set<number>(); // offsets of literals already resolved against a namespace

  // A variable name may be reused for different namespaces in one file (one per function):
  // each call resolves against the closest declaration before it.
  const declarations = [...source.matchAll(TRANSLATOR)].map((m) => ({ name: m[1], ns: m[3], at: m.index }));
  for (const name of new Set(declarations.map((d) => d.name))) {
    const call = new RegExp(`(?<![\\w$.])${name}(?:\\.(?:rich|markup))?\\(\\s*(["'])([^"'\\n]+)\\1\\s*[,)]`, "g");
    for (const m of source.matchAll(call)) {
      const decl = declarations.filter((d) => d.name === name && d.at < m.index).at(-1);
      if (!decl) continue;
      translatorArgs.add(m.index + m[0].indexOf(m[1]));
      uses.push({ file: rel, key: decl.ns ? `${decl.ns}.${m[2]}` : m[2] });
    }
  }
  for (const m of source.matchAll(INLINE_CALL)) {
    translatorArgs.add(m.index + m[0].lastIndexOf(m[3] + m[4]));
    uses.push({ file: rel, key: `${m[2]}.${m[4]}` });
  }
  for (const m of source.matchAll(FULL_KEY)) {
    if (!translatorArgs.has(m.index) && !NOT_KEYS.has(m[2])) uses.push({ file: rel, key: m[2] });
  }
  return uses;
}

describe("message keys used in source exist in messages/vi", () => {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
  const uses = files.flatMap(keysUsedIn);

  it("finds the keys it is meant to check", () => {
    expect(uses.length).toBeGreaterThan(50);
  });

  it("has every key", () => {
    const missing = [...new Set(uses.filter((u) => !viKeys.has(u.key)).map((u) => `${u.file}: ${u.key}`))].sort();
    expect(missing, `Message keys used in code but missing from messages/vi:\n${missing.join("\n")}`).toEqual([]);
  });
});
