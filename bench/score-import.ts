// The target "Excel import of 10 000 score rows < 3 s, with progress shown" (docs/PERFORMANCE.md,
// "The benchmark and its history"): a workbook of self-scores for the province data set's current
// year (bench/province.ts, whose sheets are drafts) and one upload of it to a running server, timed
// until the stream says it is done.
import { scoreWorkbook, type ScoreSheetRow } from "@/lib/imports/score-import-workbook";
import { PROVINCE, blocOfUnit, type ProvinceShape } from "./province";

export const IMPORT_ROWS = 10_000;

/** The province seeder's leaves: (leaves - 4) standard ones worth 5, 10 or 15, then B1 (10), B2 (15), D1 (5) and the gate G1. */
function leavesOf(shape: ProvinceShape) {
  const standard = Array.from({ length: shape.leaves - 4 }, (_, i) => ({ code: String(i + 1), max: 5 + ((i + 1) % 3) * 5, gate: false }));
  return [
    ...standard,
    { code: "B1", max: 10, gate: false },
    { code: "B2", max: 15, gate: false },
    { code: "D1", max: 5, gate: false },
    { code: "G1", max: 0, gate: true },
  ];
}

/**
 * `rows` rows (10 000 ≈ 167 units × 60 leaves), unit after unit from bu-1, each unit in its own
 * bloc (codes BB001…, BU0001…), every value in range in half points, as a board would collect them.
 */
export async function scoreImportWorkbook(rows = IMPORT_ROWS, shape: ProvinceShape = PROVINCE): Promise<Buffer> {
  const leaves = leavesOf(shape);
  const out: ScoreSheetRow[] = [];
  for (let unit = 1; out.length < rows && unit <= shape.units; unit++) {
    const bloc = `BB${String(blocOfUnit(unit, shape)).padStart(3, "0")}`;
    const code = `BU${String(unit).padStart(4, "0")}`;
    for (const [k, leaf] of leaves.entries()) {
      if (out.length === rows) break;
      if (leaf.gate) out.push({ bloc, unit: code, leaf: leaf.code, passed: unit % 17 === 0 ? "Không" : "Có" });
      else out.push({ bloc, unit: code, leaf: leaf.code, points: leaf.max - ((unit * 7 + k * 11) % 5) * 0.5 });
    }
  }
  if (out.length < rows) throw new Error(`the data set has room for ${out.length} rows, not ${rows}`);
  return scoreWorkbook(out);
}

export type ImportTiming = {
  /** From sending the file to the stream's last event. */
  ms: number;
  /** The stream ended with "done". */
  ok: boolean;
  status: number;
  /** Progress events seen before the end: the page shows one step per event. */
  progressEvents: number;
  /** When each stage's first event arrived, in ms from the start: where the time goes. */
  stageStarts: Record<string, number>;
  /** The last event as sent (counts, the first errors, or why it failed). */
  last: unknown;
};

/**
 * Uploads `workbook` to `base`'s /api/imports/scores as the import page does, signed in with
 * `cookie` (bench/http.ts signIn; a board account such as BENCH_BOARD), and reads the NDJSON
 * stream to its end.
 */
export async function timeScoreImport(base: string, cookie: string, workbook: Buffer, year = PROVINCE.currentYear): Promise<ImportTiming> {
  const form = new FormData();
  form.set("year", String(year));
  form.set("file", new Blob([new Uint8Array(workbook)]), "diem-tu-cham.xlsx");
  const started = performance.now();
  const res = await fetch(`${base}/api/imports/scores`, { method: "POST", headers: { Cookie: cookie, Origin: base }, body: form });
  let progressEvents = 0;
  const stageStarts: Record<string, number> = {};
  let last: unknown = null;
  let buffered = "";
  const decoder = new TextDecoder();
  const take = (line: string) => {
    if (!line.trim()) return;
    const event = JSON.parse(line) as { type: string; stage?: string };
    last = event;
    if (event.type === "progress") progressEvents++;
    const stage = event.stage ?? event.type;
    stageStarts[stage] ??= Math.round(performance.now() - started);
  };
  if (!res.headers.get("Content-Type")?.startsWith("application/x-ndjson")) last = await res.text();
  else if (res.body) {
    const reader = res.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += decoder.decode(chunk.value, { stream: true });
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      lines.forEach(take);
    }
  }
  take(buffered);
  const ms = performance.now() - started;
  return { ms, ok: res.status === 200 && (last as { type?: string } | null)?.type === "done", status: res.status, progressEvents, stageStarts, last };
}
