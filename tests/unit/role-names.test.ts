import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Access rules live in the permission table (lib/auth/permissions.ts) and the domains' policy.ts
// files, written once. A role compared anywhere else is a rule written a second time (docs/ARCHITECTURE.md,
// "Permissions, policies and pages"): this walks the source and fails on one, naming the file and line.

const root = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "components", "lib", "scripts", "prisma"];
const ALLOWED = (file: string) => file === "lib/auth/permissions.ts" || /^lib\/[^/]+\/policy\.ts$/.test(file);

// Files not yet moved over, each with the call that replaces the check. Keep this empty.
const PENDING: Record<string, string> = {};

const ROLE = `["'](?:ADMIN|BOARD|COUNCIL|UNIT_OFFICER)["']`;
const ROLE_CHECKS = [
  new RegExp(`[!=]==?\\s*${ROLE}`), // role === "BOARD"
  new RegExp(`${ROLE}\\s*[!=]==?`), // "BOARD" === role
  new RegExp(`case\\s+${ROLE}\\s*:`), // switch (role) { case "BOARD": … }
  new RegExp(`\\[[^\\]]*${ROLE}[^\\]]*\\]\\s*\\.includes\\(`), // ["ADMIN", "BOARD"].includes(role)
];
// "The unit's head" is isHeadOf (lib/units/policy.ts); reading the caller's flag elsewhere writes it again.
const HEAD_CHECK = /\b(?:session|actor|viewer|caller)\.isUnitHead\b/;

/** The lines of a source text that compare a role name or read the caller's head flag. */
export function accessChecks(source: string): number[] {
  const lines = source.split("\n");
  return lines.flatMap((line, i) => (ROLE_CHECKS.some((re) => re.test(line)) || HEAD_CHECK.test(line) ? [i + 1] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [rel] : [];
  });
}

describe("the check finds a role compared", () => {
  it("in every form we write one", () => {
    expect(accessChecks('if (session.role === "BOARD") return true;')).toEqual([1]);
    expect(accessChecks('const x = 1;\nreturn actor.role !== "UNIT_OFFICER";')).toEqual([2]);
    expect(accessChecks('"ADMIN" === role')).toEqual([1]);
    expect(accessChecks('switch (role) {\n  case "COUNCIL":')).toEqual([2]);
    expect(accessChecks('["ADMIN", "BOARD"].includes(session.role)')).toEqual([1]);
    expect(accessChecks("const byHead = actor.isUnitHead && actor.unitId === id;")).toEqual([1]);
  });

  it("and not a role written as data", () => {
    expect(accessChecks('await tx.user.create({ data: { role: "ADMIN" } });')).toEqual([]);
    expect(accessChecks('const ROLES = ["ADMIN", "BOARD", "UNIT_OFFICER", "COUNCIL"] as const;')).toEqual([]);
    expect(accessChecks("{u.isUnitHead && <Badge />}")).toEqual([]);
  });
});

describe("role names", () => {
  const files = SCANNED.flatMap(sourceFiles);

  it("are compared only in the permission table and the policies", () => {
    const found = files
      .filter((f) => !ALLOWED(f) && !(f in PENDING))
      .flatMap((f) => accessChecks(readFileSync(path.join(root, f), "utf8")).map((line) => `${f}:${line}`));
    expect(found).toEqual([]);
  });

  it("lists as pending only files that still compare one", () => {
    const done = Object.keys(PENDING).filter((f) => accessChecks(readFileSync(path.join(root, f), "utf8")).length === 0);
    expect(done, "remove these from PENDING").toEqual([]);
  });
});
