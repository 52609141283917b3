// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// reorganisation actions. Self-contained: scratch units with fixed ids and a scratch bloc year
// (2030) are made on first use with plain database writes; each input takes a unit no call has
// used yet, so every allowed call has something to merge, dissolve or place.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as reorg from "@/lib/reorg/actions";

type Input = Record<string, unknown>;
export type ReorgRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const UNITS = 60;
const SUCCESSOR = "perm-reorg-successor";
const RENAMED = "perm-reorg-renamed";
const BLOC = "perm-reorg-bloc";
const YEAR = 2030;
const unitId = (k: number) => `perm-reorg-u-${k}`;

let ready: Promise<void> | null = null;
function fixtures() {
  ready ??= (async () => {
    const ids = [SUCCESSOR, RENAMED, ...Array.from({ length: UNITS }, (_, k) => unitId(k))];
    await db.unit.createMany({ data: ids.map((id) => ({ id, code: id.toUpperCase(), name: `Đơn vị ${id}`, shortName: id })), skipDuplicates: true });
    await db.bloc.upsert({ where: { id: BLOC }, update: {}, create: { id: BLOC, code: "PERM-REORG", name: "Khối kiểm thử sắp xếp", kind: "KHOI" } });
    await db.blocYear.upsert({ where: { blocId_year: { blocId: BLOC, year: YEAR } }, update: {}, create: { blocId: BLOC, year: YEAR } });
  })();
  return ready;
}
const prepared =
  (run: (input: never) => Promise<ActionResult<unknown>>) =>
  async (input: Input): Promise<ActionResult<unknown>> => {
    await fixtures();
    return run(input as never);
  };

let used = 0;
const fresh = () => unitId(used++ % UNITS);
let renames = 0;
const decision = { effectiveDate: "2025-03-01", decisionNo: "25/QĐ-UBND", decisionDate: "2025-02-26", decisionIssuer: "UBND tỉnh" };

export function reorgRows(allowed: string[]): ReorgRow[] {
  return [
    { name: "mergeUnits", run: prepared(reorg.mergeUnitsAction), input: () => ({ ...decision, unitIds: [fresh()], successorId: SUCCESSOR }), allowed },
    {
      name: "renameUnit",
      run: prepared(reorg.renameUnitAction),
      // Each rename takes effect a day after the one before it.
      input: () => {
        const day = new Date(Date.UTC(2020, 0, 1 + ++renames)).toISOString().slice(0, 10);
        return { ...decision, effectiveDate: day, decisionDate: day, unitId: RENAMED, name: `Tên thứ ${renames}`, shortName: `T${renames}` };
      },
      allowed,
    },
    { name: "dissolveUnit", run: prepared(reorg.dissolveUnitAction), input: () => ({ ...decision, unitId: fresh() }), allowed },
    {
      name: "redivideBlocs",
      run: prepared(reorg.redivideBlocsAction),
      input: () => ({ ...decision, effectiveDate: "2030-01-01", year: String(YEAR), placements: [`${fresh()}>${BLOC}`] }),
      allowed,
    },
  ];
}
