// PostgreSQL's transaction snapshots (`xmin:xmax:xip,…`, as pg_current_snapshot() prints them),
// compared: which transactions finished between two of them. A transaction id below xmin has
// finished; one at or above xmax had not started; one in between has finished unless listed.

export type Snapshot = { xmin: bigint; xmax: bigint; inProgress: Set<bigint> };

export function parseSnapshot(text: string): Snapshot | null {
  const m = /^(\d+):(\d+):([\d,]*)$/.exec(text);
  if (!m) return null;
  return { xmin: BigInt(m[1]), xmax: BigInt(m[2]), inProgress: new Set(m[3] ? m[3].split(",").map((x) => BigInt(x)) : []) };
}

const finishedIn = (s: Snapshot, xid: bigint) => xid < s.xmin || (xid < s.xmax && !s.inProgress.has(xid));

/**
 * The transactions that had finished (committed or rolled back) by `now` but not by `then`, in
 * id order; null when either does not parse or more than `limit` ids lie between them (the
 * caller then treats everything as changed rather than walk a long range).
 */
export function finishedBetween(then: string, now: string, limit: number): bigint[] | null {
  const a = parseSnapshot(then);
  const b = parseSnapshot(now);
  if (!a || !b) return null;
  if (b.xmax - a.xmin > BigInt(limit)) return null;
  const out: bigint[] = [];
  for (let xid = a.xmin; xid < b.xmax; xid++) if (finishedIn(b, xid) && !finishedIn(a, xid)) out.push(xid);
  return out;
}
