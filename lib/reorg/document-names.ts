import type { Db, Tx } from "@/lib/db";
import { nameAt, type PastName } from "@/lib/reorg/names";

// Documents keep the names of their time (docs/reorganisation.md): every unit a document's data
// holds ({ id, name, shortName? } anywhere in it) is given the name it bore on the document's
// date. Walking the loaded data rather than each loader's fields keeps this one rule in one
// place; bloc and other ids never match a unit's past names, so only units change.

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function collect(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collect(v, ids);
  else if (isPlain(value)) {
    if (typeof value.id === "string" && typeof value.name === "string") ids.add(value.id);
    for (const v of Object.values(value)) collect(v, ids);
  }
}

function rename(value: unknown, past: Map<string, PastName[]>, date: Date): unknown {
  if (Array.isArray(value)) return value.map((v) => rename(v, past, date));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = rename(v, past, date);
  const name = value.name;
  const names = typeof value.id === "string" && typeof name === "string" ? past.get(value.id) : undefined;
  if (names && typeof name === "string") {
    const shortName = typeof value.shortName === "string" ? value.shortName : name;
    const then = nameAt({ name, shortName }, names, date);
    out.name = then.name;
    if ("shortName" in value) out.shortName = then.shortName;
  }
  return out;
}

/** `data` with each unit's name as on `date`. */
export async function withNamesAt<T>(client: Db | Tx, data: T, date: Date): Promise<T> {
  const ids = new Set<string>();
  collect(data, ids);
  if (ids.size === 0) return data;
  const rows = await client.unitName.findMany({ where: { unitId: { in: [...ids] } } });
  if (rows.length === 0) return data;
  const past = new Map<string, PastName[]>();
  for (const r of rows) past.set(r.unitId, [...(past.get(r.unitId) ?? []), r]);
  return rename(data, past, date) as T;
}
