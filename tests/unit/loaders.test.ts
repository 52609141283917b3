import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every loader takes the caller and applies the scope itself (docs/ARCHITECTURE.md, "Permissions,
// policies and pages"): a loader whose scope is optional, or that trusts its caller to have
// checked, is a rule left to each page. This reads every queries.ts of lib/ and fails on an
// exported function whose first parameter is not the session, unless it is listed below with why.

const root = path.resolve(import.meta.dirname, "../..");

const PUBLIC: Record<string, string> = {
  "users/accounts/findUsableLink": "the set-password page is opened signed out: the link's token is the authority",
  "council/getCouncilSettings": "the council's name heads every page, the sign-in page included",
  "ranking/getPublicRanking": "the public page of a ranking the board approved and chose to publish: anyone may open it",
};

type Export = { name: string; firstParam: string | null };

/** The exported functions of a module (declarations, and consts holding a function or a cache() of one) with their first parameter's type. */
export function exportedFunctions(source: string): Export[] {
  const file = ts.createSourceFile("queries.ts", source, ts.ScriptTarget.Latest, true);
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const paramOf = (fn: ts.SignatureDeclaration) => fn.parameters[0]?.type?.getText(file) ?? (fn.parameters[0] ? "" : null);
  const functionIn = (e: ts.Expression | undefined): ts.SignatureDeclaration | null => {
    if (!e) return null;
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return e;
    if (ts.isCallExpression(e)) return functionIn(e.arguments[0]);
    return null;
  };
  const found: Export[] = [];
  for (const node of file.statements) {
    if (!exported(node)) continue;
    if (ts.isFunctionDeclaration(node) && node.name) found.push({ name: node.name.text, firstParam: paramOf(node) });
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        const fn = functionIn(d.initializer);
        if (fn && ts.isIdentifier(d.name)) found.push({ name: d.name.text, firstParam: paramOf(fn) });
      }
    }
  }
  return found;
}

const takesSession = (e: Export) => e.firstParam === "AppSession";

describe("the check reads a loader's first parameter", () => {
  it("in every form a loader is written", () => {
    const found = exportedFunctions(`
      export async function a(session: AppSession, id: string) {}
      export async function b(id: string, visible: Prisma.BlocWhereInput = {}) {}
      export const c = cache((session: AppSession) => 1);
      export const d = () => 2;
      export type E = string;
      export const F = 3;
      function g(session: AppSession) {}
    `);
    expect(found.map((e) => [e.name, takesSession(e)])).toEqual([
      ["a", true],
      ["b", false],
      ["c", true],
      ["d", false],
    ]);
  });
});

describe("loaders", () => {
  // A domain's folders too (lib/users/accounts/queries.ts), keyed by their path under lib/.
  const folders = readdirSync(path.join(root, "lib"), { recursive: true })
    .map((f) => String(f).split(path.sep).join("/"))
    .filter((f) => f.endsWith("/queries.ts") && !f.startsWith("generated/"))
    .map((f) => f.slice(0, -"/queries.ts".length));
  const loaders = folders.flatMap((d) =>
    exportedFunctions(readFileSync(path.join(root, "lib", d, "queries.ts"), "utf8")).map((e) => ({ ...e, key: `${d}/${e.name}` })),
  );

  it("are found", () => {
    expect(loaders.length).toBeGreaterThan(30);
  });

  it("take the caller's session first, unless public for a stated reason", () => {
    expect(loaders.filter((l) => !takesSession(l) && !(l.key in PUBLIC)).map((l) => l.key)).toEqual([]);
  });

  it("list as public only loaders that exist and do not take a session", () => {
    const stale = Object.keys(PUBLIC).filter((key) => !loaders.some((l) => l.key === key && !takesSession(l)));
    expect(stale).toEqual([]);
  });
});
