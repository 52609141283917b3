import type { Tx } from "@/lib/db";
import type { Telling } from "./define";
import { unitStaff } from "./recipients";

export type YearFacts = { id: string; blocId: string; year: number; leaderUnitId: string | null; blocName: string };

/** The bloc year an event belongs to, with what its words and links need. */
export async function yearFacts(tx: Tx, blocYearId: string): Promise<YearFacts | null> {
  const y = await tx.blocYear.findUnique({
    where: { id: blocYearId },
    select: { id: true, blocId: true, year: true, leaderUnitId: true, bloc: { select: { name: true } } },
  });
  return y && { id: y.id, blocId: y.blocId, year: y.year, leaderUnitId: y.leaderUnitId, blocName: y.bloc.name };
}

/** A page of the bloc year: yearPath(y, "pledge") → /blocs/<bloc>/years/<year>/pledge. */
export const yearPath = (y: YearFacts, section: string) => `/blocs/${y.blocId}/years/${y.year}/${section}`;

/** The parameters every event of a year names. */
export const yearParams = (y: YearFacts) => ({ bloc: y.blocName, year: String(y.year) });

/** A score sheet an event is about, with its unit's name and its year. */
export async function sheetFacts(tx: Tx, sheetId: string | null) {
  const sheet = sheetId
    ? await tx.scoreSheet.findUnique({
        where: { id: sheetId },
        select: { id: true, blocYearId: true, unitId: true, reviewerUnitId: true, unit: { select: { name: true } } },
      })
    : null;
  const year = sheet && (await yearFacts(tx, sheet.blocYearId));
  return sheet && year ? { sheet, year } : null;
}

type SheetFacts = NonNullable<Awaited<ReturnType<typeof sheetFacts>>>;

/** What to tell a sheet's own unit (its officers and head), linked to the sheet: `params` beside the year's. */
export async function tellSheetUnit(tx: Tx, sheetId: string | null, params: (found: SheetFacts) => Record<string, string>): Promise<Telling | null> {
  const found = await sheetFacts(tx, sheetId);
  if (!found) return null;
  const { sheet, year } = found;
  return {
    blocYearId: year.id,
    subjectId: sheet.id,
    params: { ...yearParams(year), ...params(found) },
    link: yearPath(year, `scoring/${sheet.unitId}`),
    recipients: await unitStaff(tx, [sheet.unitId]),
  };
}
