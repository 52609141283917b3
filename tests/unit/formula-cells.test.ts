import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { newWorkbook, toBuffer } from "@/lib/xlsx/workbook";

// Text that a spreadsheet would take for a formula if the cell were edited is written with the
// Text format, its value unchanged; numbers stay numbers (docs/SECURITY.md, "Spreadsheet exports").
it("writes formula-looking text as Text cells, unchanged, and numbers as numbers", async () => {
  const workbook = newWorkbook();
  const values = ['=HYPERLINK("http://evil.example","Bấm")', "+84 912 345 678", "-5", "@SUM(A1)", "\t=1", "Sở Tư pháp", -5, 12.5];
  workbook.addWorksheet("a").addRow(values);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await toBuffer(workbook)) as unknown as ArrayBuffer);
  const row = back.worksheets[0].getRow(1);
  const cells = values.map((_, i) => row.getCell(i + 1));
  expect(cells.map((c) => c.value)).toEqual(values);
  expect(cells.map((c) => c.type)).toEqual([...Array(6).fill(ExcelJS.ValueType.String), ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
  expect(cells.map((c) => c.numFmt ?? null)).toEqual(["@", "@", "@", "@", "@", null, null, null]);
});

it("is the one place the app writes an xlsx", async () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const writers: string[] = [];
  for (const dir of ["lib", "app", "components", "scripts", "prisma"]) {
    for (const f of (await readdir(path.join(root, dir), { recursive: true })).map(String)) {
      if (!/\.(ts|tsx|mjs)$/.test(f) || f.includes("generated")) continue;
      if ((await readFile(path.join(root, dir, f), "utf8")).includes("xlsx.write")) writers.push(`${dir}/${f}`);
    }
  }
  expect(writers).toEqual(["lib/xlsx/workbook.ts"]);
});
