// Names for the statements the app runs most, so PostgreSQL keeps them prepared on each
// connection: parsed once, then only bound and executed, its plan cached once a generic plan
// costs no more than a custom one (plan_cache_mode auto). Unnamed, PostgreSQL parses and plans
// every statement on every run, and for Prisma's joined reads planning took most of the
// database's time (docs/PERFORMANCE.md, "Prepared statements").
import { createHash } from "node:crypto";

// A prepared statement holds its parsed query on every connection that ran it (about 90 KB for
// ours, more with a cached plan), so only statements seen a few times are named (a page's reads,
// not a one-off list of four hundred ids), and at most a bounded number of them.
export const STATEMENT_NAMING = { afterRuns: 3, maxNamed: 100, maxCounted: 2_000 } as const;

/**
 * A `statementNameGenerator` for `@prisma/adapter-pg`: a name for a hot statement, otherwise ""
 * (the protocol's unnamed statement, which `pg` parses on every run, as without a generator).
 */
export function hotStatementNames(limits: { afterRuns: number; maxNamed: number; maxCounted: number } = STATEMENT_NAMING) {
  const runs = new Map<string, number>();
  const names = new Map<string, string>();
  return ({ sql }: { sql: string }): string => {
    const name = names.get(sql);
    if (name) return name;
    const seen = (runs.get(sql) ?? 0) + 1;
    if (seen < limits.afterRuns || names.size >= limits.maxNamed) {
      if (seen > 1 || runs.size < limits.maxCounted) runs.set(sql, seen);
      return "";
    }
    runs.delete(sql);
    // From the text, so every process and connection gives one statement the same name.
    const named = `s_${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, named);
    return named;
  };
}
