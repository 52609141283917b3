// A unit officer's writes as the scoring page makes them (components/scoring/sheet-grid.tsx):
// the self-score save and the sheet's submission, posted as server actions. Shared by the
// benchmark, the load test and the December rush.
import { actionId } from "./build";
import { callAction, type Timed } from "./http";
import { benchYearId } from "./province";

/** A signed-in officer of bench unit `unit`, with the sheet version it last saw. */
export type BenchOfficer = { unit: number; bloc: number; version: number; cookie: string };

export const sheetPath = (o: Pick<BenchOfficer, "unit" | "bloc">, year: number) => `/blocs/bb-${o.bloc}/years/${year}/scoring/bu-${o.unit}`;

const ids = new Map<string, string>();
const idOf = (name: string) => ids.get(name) ?? ids.set(name, actionId(name)).get(name)!;

// The grid takes the sheet's new version from each answer and sends it with the next write.
function keepVersion(o: BenchOfficer, t: Timed) {
  const version = /"version":(\d+)/.exec(t.body ?? "");
  if (version) o.version = Number(version[1]);
}

/** Saves one self-score (criterion `code`, whole points) on the officer's sheet of `year`. */
export async function saveScore(base: string, o: BenchOfficer, year: number, code: string, points: number): Promise<Timed> {
  const args = [
    {
      blocYearId: benchYearId(o.bloc, year),
      unitId: `bu-${o.unit}`,
      version: o.version,
      entries: [{ code, points: String(points), passed: "", note: "" }],
    },
  ];
  const t = await callAction(base, sheetPath(o, year), idOf("saveSelfAction"), args, o.cookie);
  keepVersion(o, t);
  return t;
}

/** Submits the officer's sheet of `year` (bench officers are their unit's head, so they approve it themselves). */
export async function submitSheet(base: string, o: BenchOfficer, year: number): Promise<Timed> {
  const args = [{ sheetId: `ss-${o.bloc}-${year}-${o.unit}`, version: o.version, headApprovedBy: "" }];
  const t = await callAction(base, sheetPath(o, year), idOf("submitSheetAction"), args, o.cookie);
  keepVersion(o, t);
  return t;
}
