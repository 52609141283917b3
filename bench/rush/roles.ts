// What each simulated user does next during the December rush, by role. A unit officer works on
// its own unit's sheet of the current year and looks at its bloc year; a board staff member
// follows the blocs it looks after. Each action is one request, as a browser makes it on a click:
// a client navigation (next/link: the page's RSC payload, not its HTML; links do not prefetch),
// a server action, or a document's download. The first page after signing in is a full load
// (bench/rush/run.ts).
import { getPage, type Timed } from "../http";
import type { ProvinceShape } from "../province";
import { saveScore, sheetPath, submitSheet, type BenchOfficer } from "../scoring";
import { intBetween, weighted, type Rng } from "./rng";
import { benchPledgeId } from "./seed";

/** One request: its kind in the report, the page it is made on, and the request itself. */
export type Action = { kind: string; path: string; run: () => Promise<Timed> };
/** `at`: the page the user is on, whose router state its next click sends (bench/route-tree.ts). */
export type RushOfficer = BenchOfficer & { submitted: boolean; at: string };
export type RushStaff = { staff: number; blocs: number[]; cookie: string; at: string };

/** A click to `path` made on the user's current page; the user is then on `path`. */
function click(base: string, user: { cookie: string; at: string }, path: string): Promise<Timed> {
  const from = user.at;
  user.at = path;
  return getPage(base, path, user.cookie, true, from);
}
export type RushContext = { base: string; shape: ProvinceShape };

type OfficerChoice = "save" | "sheet" | "home" | "year" | "ranking" | "pledge" | "inbox" | "submit" | "document";
type StaffChoice = "home" | "year" | "sheets" | "sheet" | "ranking" | "pledge" | "inbox" | "document";

// 30 % saves and 2 % documents, as the rush's workload says (docs/PERFORMANCE.md, "December rush");
// the rest spread over the pages officers open most.
const OFFICER_MIX: [number, OfficerChoice][] = [
  [30, "save"],
  [22, "sheet"],
  [12, "home"],
  [12, "year"],
  [8, "ranking"],
  [8, "pledge"],
  [4, "inbox"],
  [2, "submit"],
  [2, "document"],
];
const STAFF_MIX: [number, StaffChoice][] = [
  [18, "home"],
  [18, "year"],
  [20, "sheets"],
  [15, "sheet"],
  [15, "ranking"],
  [8, "pledge"],
  [4, "inbox"],
  [2, "document"],
];

const yearPath = (bloc: number, year: number) => `/blocs/bb-${bloc}/years/${year}`;

/** A document of the bloc's year: the pledge as PDF (to print and sign) or the year plan as DOCX. */
function documentPath(rng: Rng, bloc: number, year: number) {
  return rng() < 0.5 ? `/api/documents/pledge/${benchPledgeId(bloc)}?format=pdf` : `/api/documents/plan/by-${bloc}-${year}?format=docx`;
}

// Standard leaves only: any whole number up to 5 is within their maximum (bench/province.ts).
const standardLeaves = (shape: ProvinceShape) => Math.floor((shape.leaves - 4) / 4) * 4;

export function officerAction(ctx: RushContext, o: RushOfficer, rng: Rng): Action {
  const { base, shape } = ctx;
  const year = shape.currentYear;
  const page = (kind: string, path: string): Action => ({ kind: `officer: ${kind}`, path, run: () => click(base, o, path) });
  const download = (path: string): Action => ({ kind: "officer: document", path, run: () => getPage(base, path, o.cookie) });
  const choice = weighted(rng, OFFICER_MIX);
  switch (choice) {
    case "save":
    case "submit":
      // A submitted sheet takes no more saves: its officer opens it to check it instead.
      if (o.submitted) return page("sheet", sheetPath(o, year));
      if (choice === "submit")
        return {
          kind: "officer: submit",
          path: sheetPath(o, year),
          run: async () => {
            o.at = sheetPath(o, year);
            const t = await submitSheet(base, o, year);
            if (t.ok) o.submitted = true;
            return t;
          },
        };
      return {
        kind: "officer: score save",
        path: sheetPath(o, year),
        run: () => {
          o.at = sheetPath(o, year);
          return saveScore(base, o, year, String(intBetween(rng, 1, standardLeaves(shape))), intBetween(rng, 0, 5));
        },
      };
    case "sheet":
      return page("sheet", sheetPath(o, year));
    case "home":
      return page("home", "/");
    case "year":
      return page("bloc year", yearPath(o.bloc, year));
    case "ranking":
      return page("ranking", `${yearPath(o.bloc, year)}/ranking`);
    case "pledge":
      return page("pledge", `${yearPath(o.bloc, year)}/pledge`);
    case "inbox":
      return page("inbox", "/thong-bao");
    case "document":
      return download(documentPath(rng, o.bloc, year));
  }
}

export function staffAction(ctx: RushContext, s: RushStaff, rng: Rng): Action {
  const { base, shape } = ctx;
  const year = shape.currentYear;
  const bloc = s.blocs[intBetween(rng, 0, s.blocs.length - 1)];
  // A unit of that bloc: units are dealt to blocs in turn (blocOfUnit in bench/province.ts).
  const unit = bloc + shape.blocs * intBetween(rng, 0, Math.floor((shape.units - bloc) / shape.blocs));
  const page = (kind: string, path: string): Action => ({ kind: `board: ${kind}`, path, run: () => click(base, s, path) });
  const download = (path: string): Action => ({ kind: "board: document", path, run: () => getPage(base, path, s.cookie) });
  switch (weighted(rng, STAFF_MIX)) {
    case "home":
      return page("home", "/");
    case "year":
      return page("bloc year", yearPath(bloc, year));
    case "sheets":
      return page("sheets list", `${yearPath(bloc, year)}/scoring`);
    case "sheet":
      return page("sheet", sheetPath({ unit, bloc }, year));
    case "ranking":
      return page("ranking", `${yearPath(bloc, year)}/ranking`);
    case "pledge":
      return page("pledge", `${yearPath(bloc, year)}/pledge`);
    case "inbox":
      return page("inbox", "/thong-bao");
    case "document":
      return download(documentPath(rng, bloc, year));
  }
}
