import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The house rules that a reader of one file cannot see (docs/ARCHITECTURE.md, "Domains and their
// imports"): a domain never imports the HTTP layer, no two domains import each other both ways,
// one module writes score entries, raw SQL is tagged, and product files stay under 300 lines.
// Imports are read with TypeScript's own scanner: static, type-only, dynamic and re-exports alike.

const root = path.resolve(import.meta.dirname, "../..");
const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join("/")}`)
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.startsWith("lib/generated/"))
    .sort();
}

const LIB = sourceFiles("lib");
/** Product code: what runs the app. Not the tests, the bench, nor prisma/ (migrations, and the seed's demo data). */
const PRODUCT = [...LIB, ...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("scripts")];
const text = new Map(PRODUCT.map((f) => [f, readFileSync(path.join(root, f), "utf8")]));

/** What a file imports: "@/…" and relative paths as repository paths (no extension), packages as named. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(text.get(file)!, true, true).importedFiles.map(({ fileName: spec }) => {
    if (spec.startsWith("@/")) return spec.slice(2);
    if (spec.startsWith(".")) return rel(path.resolve(path.dirname(path.join(root, file)), spec));
    return spec;
  });
}

/** A domain is a folder of lib/; the files at lib/'s top (db.ts, env.ts, errors.ts) are the shared kernel, in no domain. */
const domainOf = (p: string): string | null => {
  const m = /^lib\/([^/]+)\//.exec(p);
  return m && m[1] !== "generated" ? m[1] : null;
};

// The HTTP layer: the routes and pages, the components, Next's request and response modules,
// next-auth, and getSession (lib/auth/session.ts), which reads the request's cookie. React's
// cache() (a per-request memo) is not HTTP and is allowed.
const HTTP = [/^app\//, /^components\//, /^next\/(server|headers|navigation|cache)$/, /^next-auth(\/|$)/, /^lib\/auth\/session$/];

// The files of lib/ that are the HTTP layer's edge, each for its reason; any other file of lib/
// that reaches the HTTP layer fails below.
const EDGE: [RegExp, string][] = [
  [/^lib\/.+\/actions\.ts$/, "server actions: validate, authorise, call the service, revalidate (next/cache)"],
  [/^lib\/auth\//, "reads the session from the request; next-auth's options"],
  [/^lib\/actions\//, "the action wrapper: reads the session once for every action"],
  [/^lib\/exports\/http\.ts$/, "the export and import routes' shared answer (session, 401/404, the file)"],
  [/^lib\/blocs\/year-page\.ts$/, "a bloc year page's loader: the session and the year, once per request"],
  [/^lib\/limits\/throttle\.ts$/, "a route's throttle reads the request's headers for the client's address"],
];

// Pairs of domains that still import each other, each with where and who should untangle it. The
// test fails when one of them no longer does, so the list only shrinks.
const KNOWN_CYCLES: Record<string, string> = {};

describe("domains", () => {
  it("never import the HTTP layer, but for the edge files", () => {
    const reaching = LIB.flatMap((file) => importsOf(file).map((target) => ({ file, target })))
      .filter(({ target }) => HTTP.some((re) => re.test(target)))
      .filter(({ file }) => !EDGE.some(([re]) => re.test(file)))
      .map(({ file, target }) => `${file} imports ${target}`);
    expect(reaching).toEqual([]);
  });

  it("never import each other both ways", () => {
    const edges = new Map<string, Set<string>>();
    const where = new Map<string, string>();
    for (const file of LIB) {
      const from = domainOf(file);
      for (const target of importsOf(file)) {
        const to = domainOf(target);
        if (!from || !to || from === to) continue;
        edges.set(from, (edges.get(from) ?? new Set()).add(to));
        where.set(`${from}->${to}`, `${file} imports ${target}`);
      }
    }
    const both: string[] = [];
    for (const [a, targets] of edges) for (const b of targets) if (a < b && edges.get(b)?.has(a)) both.push(`${a} <-> ${b}`);
    const explain = (pair: string) => {
      const [a, b] = pair.split(" <-> ");
      return `${pair}: ${where.get(`${a}->${b}`)}; ${where.get(`${b}->${a}`)}`;
    };
    expect(both.filter((p) => !(p in KNOWN_CYCLES)).map(explain)).toEqual([]);
    expect(Object.keys(KNOWN_CYCLES).filter((p) => !both.includes(p))).toEqual([]); // fixed: remove it from the list
  });

  it("read the lock state of a year from one place (lib/blocs/year-lock.ts)", () => {
    const deciding = PRODUCT.filter((f) => f !== "lib/blocs/year-lock.ts" && /status === "SIGNED_OFF" \|\| \w+ === "APPROVED"/.test(text.get(f)!));
    expect(deciding).toEqual([]);
  });
});

describe("score entries", () => {
  it("are written by lib/scoring/entry-sql.ts only", () => {
    const WRITE =
      /\bscoreEntry\.(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\b|(INSERT INTO|UPDATE|DELETE FROM) "ScoreEntry"/;
    expect(PRODUCT.filter((f) => f !== "lib/scoring/entry-sql.ts" && WRITE.test(text.get(f)!))).toEqual([]);
  });
});

describe("raw SQL", () => {
  it("is a Prisma.sql tagged template, never $queryRawUnsafe with positional parameters", () => {
    expect(PRODUCT.filter((f) => /\$(query|execute)RawUnsafe\b/.test(text.get(f)!))).toEqual([]);
  });
});

describe("product files", () => {
  it("stay under 300 lines", () => {
    expect(PRODUCT.filter((f) => text.get(f)!.split("\n").length - 1 > 300)).toEqual([]);
  });
});
