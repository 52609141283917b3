import fc from "fast-check";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/file-types";

// Hostile inputs for the server actions: what a broken form, a hand-made request or a
// confused import can send. Big values are built once and picked, so a run stays cheap.

const HUGE = "x".repeat(100_000);
const HUGE_VI = "Thi đua khen thưởng ".repeat(5_000);

/** Vietnamese in decomposed form (NFD) and with stacked combining marks. */
export const vietnameseNfd = fc.constantFrom(
  "Sở Tư pháp".normalize("NFD"),
  "Khối thi đua các cơ quan Nội chính tỉnh".normalize("NFD"),
  "Nguyễn Thị Hương".normalize("NFD"),
  "a\u0301\u0323\u0300\u0303\u0309\u0302\u0306\u031B",
  "\u0301\u0301\u0301đầu là dấu",
  "Ư\u031B\u0309",
  "  Đoàn kết  ".normalize("NFD"),
);

const SNIPPETS = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "\uFEFF",
  "\uD800",
  "🏆🥇",
  '\'; DROP TABLE "Unit"; --',
  "' OR '1'='1",
  "\\",
  "%s%n%x",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}",
  "${process.exit(1)}",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "null",
  "undefined",
  "true",
  "on",
  "NaN",
  "-1",
  "1e308",
  "10,5",
  "10.555",
  "__proto__",
  "constructor",
  HUGE,
  HUGE_VI,
];

export const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SNIPPETS) },
  { weight: 2, arbitrary: vietnameseNfd },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 190, maxLength: 400 }) },
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(-1, -0.5, 0, -0, 0.001, 1.005, 2.5, 99.999, NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1),
  fc.double(),
  fc.integer(),
);

/** Dates that look right and are not, in every format a form could send. */
export const malformedDate = fc.constantFrom(
  "2026-02-30",
  "2026-02-29",
  "2026-13-01",
  "2026-00-10",
  "31/12/2026",
  "12/31/2026",
  "30/02/2026",
  "2026-12-31T25:00",
  "2026-12-31T23:60",
  "2026-02-30T08:00",
  "2026-12-18T08:00Z",
  "2026-12-18T08:00:00.000+07:00",
  "0000-00-00",
  "1899-12-31",
  "9999-12-31",
  "275760-09-13",
  "hôm nay",
  "2026-1-1",
);

/** Ids that exist nowhere: cuid-shaped, slug-shaped, or just wrong. */
export const unknownId = fc.oneof(
  fc.stringMatching(/^c[a-z0-9]{24}$/),
  fc.stringMatching(/^(unit|bloc|year|user|sheet)-khong-ton-tai-[a-z0-9]{1,8}$/),
  fc.constantFrom("0", "-1", "x".repeat(64), "x".repeat(65), "id\u0000", "../../etc/passwd", " ", "%"),
);

export const hostileFileName = fc.constantFrom(
  "../../etc/passwd",
  "..\\..\\boot.ini",
  "/etc/shadow",
  "a\u0000.pdf",
  "bao-cao.pdf\u0000.exe",
  "CON",
  "nul.txt",
  ".htaccess",
  "x.pdf.exe",
  "\u202Efdp.exe",
  "<script>.png",
  '"quoted".pdf',
  `${"a".repeat(300)}.pdf`,
  "Báo cáo tổng kết.pdf".normalize("NFD"),
  "Biên bản hội nghị.docx",
  "ảnh.PNG",
  "no-extension",
  ".",
  "..",
  " ",
  "file\nname.pdf",
  "tiêu chí.xlsx",
);

const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"));
// One byte over the upload limit, built once: a File made from a Blob shares its bytes, so 1 000 of them stay cheap.
const TOO_BIG = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)]);

/** A file with a hostile name and contents that are random, empty, too big, or a real image. */
export const hostileFile = fc
  .tuple(
    hostileFileName,
    fc.oneof(
      { weight: 4, arbitrary: fc.uint8Array({ maxLength: 512 }) },
      { weight: 2, arbitrary: fc.constant(PNG) },
      { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
      { weight: 1, arbitrary: fc.constant(TOO_BIG) },
      { weight: 1, arbitrary: fc.constant(new TextEncoder().encode("PK\u0003\u0004 not really a zip")) },
    ),
  )
  .map(([name, bytes]) => new File([bytes as Uint8Array<ArrayBuffer> | Blob], name));

/** Any value at all, nested: wrong types, null, arrays, objects, dates, big integers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: hostileString },
    { weight: 3, arbitrary: hostileNumber },
    { weight: 2, arbitrary: malformedDate },
    { weight: 2, arbitrary: unknownId },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0n, -(2n ** 70n)) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("id", "__proto__", "toString", "0", ""), tie("value"), { maxKeys: 3 }) },
  ),
})).value;

/** What a field of this name gets: ids mostly unknown (a few real ones), else anything hostile. */
export function fieldValue(name: string, realIds: readonly string[]): fc.Arbitrary<unknown> {
  if (/(^id$|Id$)/.test(name))
    return fc.oneof({ weight: 6, arbitrary: unknownId }, { weight: 3, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constantFrom(...realIds) });
  if (/Ids$/.test(name)) return fc.oneof(fc.array(fc.oneof(unknownId, fc.constantFrom(...realIds)), { maxLength: 300 }), hostileValue);
  if (/date|At$|Date/.test(name)) return fc.oneof(malformedDate, hostileValue);
  if (/points|hundredths|year|version|votes|count|quota|max|position|order/i.test(name))
    return fc.oneof(hostileNumber, hostileNumber.map(String), hostileValue);
  return hostileValue;
}

/** The keys an action's schema asks for, and those of the records in its list fields. */
export type Shape = { keys: string[]; nested: Record<string, string[]> };

const recordOf = (keys: string[], realIds: readonly string[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, fieldValue(k, realIds)])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;

/** Mostly a record shaped like the action's input with hostile fields; sometimes any JSON or any value at all. */
export function shapedInput(shape: Shape, extraKeys: string[], realIds: readonly string[]): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(
    shape.keys.map((k) => {
      const rows = shape.nested[k];
      const value = rows
        ? fc.oneof({ weight: 3, arbitrary: fc.array(recordOf(rows, realIds), { maxLength: 5 }) }, { weight: 1, arbitrary: fieldValue(k, realIds) })
        : fieldValue(k, realIds);
      return [k, value];
    }),
  );
  const shaped = fc
    .tuple(fc.record(fields), fc.option(recordOf(extraKeys, realIds), { nil: undefined }))
    .map(([own, extra]) => ({ ...own, ...Object.fromEntries(Object.entries(extra ?? {}).filter(([k]) => !(k in own))) }));
  return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 1, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: hostileValue });
}

// What a browser would send for a non-file value; objects as JSON (their own toString may be hostile).
const asText = (v: unknown) =>
  v !== null && typeof v === "object" ? (JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x)) ?? "") : String(v);

/** The same as FormData, as an upload form posts it: strings and files, names repeated or missing. */
export function formDataInput(shape: Shape, realIds: readonly string[]): fc.Arbitrary<FormData> {
  const entry = (k: string) =>
    k === "file" ? fc.oneof({ weight: 5, arbitrary: hostileFile }, { weight: 1, arbitrary: hostileString }) : fieldValue(k, realIds).map(asText);
  return fc
    .array(fc.tuple(fc.constantFrom(...shape.keys, "file", "extra[]"), fc.constant(null)), { maxLength: 2 })
    .chain((extras) =>
      fc.tuple(
        ...[...shape.keys, ...extras.map(([k]) => k)].map((k) =>
          fc.option(
            entry(k).map((v) => [k, v] as const),
            { freq: 8, nil: undefined },
          ),
        ),
      ),
    )
    .map((entries) => {
      const form = new FormData();
      for (const e of entries) if (e) form.append(e[0], e[1] as string | Blob);
      return form;
    });
}
