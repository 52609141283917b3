// Time and memory of refusing (or reading) an uploaded .xlsx, each file in a fresh process so
// the peak is its own: `npx tsx bench/xlsx-guard.ts`. The figures are in docs/SECURITY.md.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readScoreXlsx } from "@/lib/imports/score-import-read";
import { scoreImportWorkbook } from "./score-import";
import { manyRows, manySharedStrings, sheetXml, xlsxOf, zipBomb } from "../tests/support/xlsx-files";

/** The largest sheet the score import's limits let through: 50 000 rows of numbers filling 30 MB. */
function widest(): Buffer {
  const parts: string[] = [];
  for (let r = 1; r <= 50_000; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 17; c++) row += `<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>${(r * 31 + c) % 100000}</v></c>`;
    parts.push(`${row}</row>`);
  }
  return xlsxOf(sheetXml(parts.join("")));
}

/** One cell of 20 million random characters: packs normally, under the 30 MB limit, refused by its length. */
const longCell = () => xlsxOf(sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${randomBytes(15_000_000).toString("base64")}</t></is></c></row>`));

/** Cells of 10 000 characters of Vietnamese words (the longest the guard lets through) filling `megabytes` of sheet. */
function longTexts(megabytes: number): Buffer {
  const words = ["thi", "đua", "khen", "thưởng", "đơn", "vị", "hoàn", "thành", "xuất", "sắc", "nhiệm", "vụ", "năm", "tỉnh", "Sở", "Ban"];
  const parts: string[] = [];
  let bytes = 0;
  for (let r = 1; bytes < megabytes * 1024 * 1024; r++) {
    let text = "";
    while (text.length < 9_990) text += `${words[randomBytes(1)[0] % words.length]} `;
    const row = `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text.slice(0, 10_000)}</t></is></c></row>`;
    bytes += Buffer.byteLength(row);
    parts.push(row);
  }
  return xlsxOf(sheetXml(parts.join("")));
}

const CASES: Record<string, () => Buffer | Promise<Buffer>> = {
  "score workbook, 10 000 rows (accepted)": () => scoreImportWorkbook(10_000),
  "widest accepted: 50 000 rows × 17 columns": widest,
  "widest accepted: 10 000-character cells filling 29 MB": () => longTexts(29),
  "zip bomb: 200 MB of zeros": () => zipBomb(200),
  "300 000 rows": () => manyRows(300_000),
  "one cell of 20 000 000 characters": longCell,
  "1 000 000 shared strings": () => manySharedStrings(1_000_000),
};

async function parent() {
  const dir = mkdtempSync(join(tmpdir(), "xlsx-guard-"));
  console.log("| File | Size | Answer | Time | Extra memory (peak RSS) |\n|---|---|---|---|---|");
  for (const [name, make] of Object.entries(CASES)) {
    const file = join(dir, `${Object.keys(CASES).indexOf(name)}.xlsx`);
    writeFileSync(file, await make());
    const out = execFileSync(process.execPath, [...process.execArgv, "--expose-gc", process.argv[1], file], { encoding: "utf8" });
    console.log(`| ${name} | ${out.trim()} |`);
  }
}

function child(file: string) {
  const bytes = readFileSync(file);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = readScoreXlsx(bytes);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  const answer = result.ok ? `${result.rows.length} rows read` : `${result.errors[0].code} ${result.errors[0].value} ${result.errors[0].actual ?? ""}`;
  console.log(`${(bytes.length / 1024).toFixed(0)} kB | ${answer} | ${ms.toFixed(0)} ms | ${((peak - before) / 1024 / 1024).toFixed(0)} MB`);
}

if (process.argv[2]) child(process.argv[2]);
else await parent();
