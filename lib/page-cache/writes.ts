import type { QueryResult, QueryResultRow } from "pg";
import { unaffected, type PageScope } from "./scope";
import { finishedBetween } from "./snapshot";

const RECORDED_SQL = `SELECT xid::text AS xid, scope FROM "PageCacheWrite" WHERE xid = ANY($1::bigint[])`;

// Beyond this many transaction ids between a page's snapshot and now, the page is rendered again.
const RANGE_LIMIT = 2000;
const REMEMBERED = 10_000;

type Queryable = { query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>> };

/** The scopes recorded for some transactions (lib/scoring/entry-sql.ts writes them), read through a pg client or pool. */
export function recordedScopes(client: Queryable) {
  return async (xids: string[]) => new Map((await client.query<{ xid: string; scope: string }>(RECORDED_SQL, [xids])).rows.map((r) => [r.xid, r.scope]));
}

export type StillValid = (then: string, now: string, scope: PageScope) => Promise<boolean>;

/**
 * Whether a page rendered at snapshot `then` still holds at `now`: every transaction that
 * finished in between was recorded under a scope the page does not depend on. A finished
 * transaction's record never changes (it committed with the transaction or not at all), so each
 * one is looked up once, and concurrent requests share the lookup.
 */
export function writeChecker(lookup: (xids: string[]) => Promise<Map<string, string>>): StillValid {
  const scopes = new Map<string, Promise<string | null>>();
  const remember = (xids: string[]) => {
    const found = lookup(xids);
    for (const xid of xids) {
      const scope = found.then((m) => m.get(xid) ?? null);
      scope.catch(() => scopes.delete(xid)); // looked up again next time
      scopes.set(xid, scope);
    }
    while (scopes.size > REMEMBERED) scopes.delete(scopes.keys().next().value!);
  };
  return async (then, now, scope) => {
    if (then === now) return true;
    const finished = finishedBetween(then, now, RANGE_LIMIT);
    if (!finished) return false;
    if (finished.length === 0) return true; // only transactions that started, or read, since
    if (scope.drafts === "any") return false;
    const xids = finished.map(String);
    const unknown = xids.filter((xid) => !scopes.has(xid));
    if (unknown.length > 0) remember(unknown);
    try {
      return unaffected(scope, await Promise.all(xids.map((xid) => scopes.get(xid) ?? null)));
    } catch {
      return false;
    }
  };
}
