import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The docs stay honest: every repository path they name in backticks exists, every docs file a
// comment or a doc names exists, and a section cited after its file's name (the file, a comma and
// the title in double quotes) is a heading there, or the bold lead of a paragraph or list item.
// The configuration table in the README names every variable lib/env.ts reads.

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

const DOCS = [
  "README.md",
  ...readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** Where code may cite the docs: every source, test, bench and deployment file. Not the migrations: applied ones are never edited. */
const CITING = ["lib", "app", "components", "scripts", "tests", "bench", "prisma", "deploy", "messages"].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join("/")}`)
    .filter((f) => /\.(ts|tsx|mjs|sql|prisma|conf|service|timer|example|json)$/.test(f))
    .filter((f) => !f.startsWith("lib/generated/") && !f.startsWith("prisma/migrations/")),
);

// The folders a path in the docs starts with.
const REPO_PATH = /^(app|bench|components|deploy|docs|i18n|lib|messages|prisma|public|scripts|tests|types)\//;
// Written by a run, not kept in the repository.
const OUTPUTS = ["bench/results/"];

/** `deploy/thi-dua-backup.{service,timer}` → both files. */
const expandBraces = (p: string): string[] => {
  const m = /\{([^}]*)\}/.exec(p);
  return m ? m[1].split(",").flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length))) : [p];
};

/** Repository paths in a markdown text's backticks (a command's words included), placeholders such as `lib/<domain>/` left out. */
function backtickedPaths(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return spans
    .flatMap((span) => span.split(/\s+/))
    .map((word) => word.replace(/[),;:.]+$/, ""))
    .filter((word) => REPO_PATH.test(word) && !/[<>*…]/.test(word))
    .flatMap(expandBraces);
}

/** What a section may be cited by: each heading's text, and each bold lead ("- **Gone for a year** (…)"), backticks kept. */
const sections = (file: string) => {
  const text = read(file);
  const heads = [...text.matchAll(/^#{1,6} +(.+?) *$/gm)].map((m) => m[1]);
  const leads = [...text.matchAll(/^(?:[-*] |\d+\. )?\*\*(.+?)\.?\*\*/gm)].map((m) => m[1]);
  return new Set([...heads, ...leads]);
};

describe("the docs", () => {
  it("name only repository paths that exist", () => {
    const missing = DOCS.flatMap((doc) =>
      backtickedPaths(read(doc))
        .filter((p) => !OUTPUTS.some((out) => p.startsWith(out)) && !existsSync(path.join(root, p)))
        .map((p) => `${doc}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("are cited by files that exist, and by sections that exist", () => {
    const problems: string[] = [];
    for (const file of [...DOCS, ...CITING]) {
      for (const m of read(file).matchAll(/\bdocs\/([A-Za-z-]+\.md)`?(?:, "([^"\n]+)")?/g)) {
        const doc = `docs/${m[1]}`;
        if (!existsSync(path.join(root, doc))) problems.push(`${file}: ${doc}`);
        else if (m[2] && !sections(doc).has(m[2])) problems.push(`${file}: ${doc}, "${m[2]}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the code", () => {
  it("names only files that exist", () => {
    // A file named in a comment or a message, in backticks or not. An example's placeholder is in angle
    // brackets (`lib/<domain>/actions.ts`) and is not a path; a package's path ("@prisma/client/…") and
    // an import specifier ("@/lib/…") are not matched either: the compiler checks those.
    const FILE = /(?<![\w@/.-])((?:app|bench|components|deploy|docs|lib|prisma|scripts|tests)\/[\w./()[\]-]+\.(?:tsx?|mjs|md|sql|json|prisma))/g;
    const missing = CITING.flatMap((file) =>
      [...read(file).matchAll(FILE)]
        .map((m) => m[1])
        .filter((p) => !OUTPUTS.some((out) => p.startsWith(out)) && !existsSync(path.join(root, p)))
        .map((p) => `${file}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("the README's configuration table", () => {
  it("names every variable lib/env.ts reads", () => {
    const schema = read("lib/env.ts");
    const read_ = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    expect(read_.length).toBeGreaterThan(10);
    const configuration =
      read("README.md")
        .split(/^## Configuration$/m)[1]
        ?.split(/^## /m)[0] ?? "";
    const documented = new Set([...configuration.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]));
    expect(read_.filter((name) => !documented.has(name))).toEqual([]);
  });
});
