// Blocs and clusters from Excel: one row per bloc, matched on its code; each row goes through the
// bloc form's own schema (lib/blocs/schemas.ts). Creating blocs is for whoever may create them
// (the administrator, board staff over all blocs), and they manage every bloc, so may update any.
import { canCreateBloc } from "@/lib/blocs/policy";
import { createBlocSchema, type BlocInput } from "@/lib/blocs/schemas";
import type { Db, Tx } from "@/lib/db";
import { foldName } from "@/lib/format/name-key";
import { insertRows, updateFromValues, type SqlColumn } from "@/lib/onboarding/bulk-sql";
import { dayCell, readChoice, readDay } from "@/lib/onboarding/cells";
import { codedRows, type CodedWork } from "@/lib/onboarding/coded-rows";
import { reportZod, type Columns, type OnboardingSpec } from "@/lib/onboarding/spec";
import { cellText } from "@/lib/xlsx/cells";

type Field = "code" | "name" | "kind" | "decisionNo" | "decisionDate" | "decisionIssuer" | "description";
const FIELDS: Field[] = ["code", "name", "kind", "decisionNo", "decisionDate", "decisionIssuer", "description"];
export const KIND_LABELS = { KHOI: "Khối", CUM: "Cụm" } as const;

const columns: Columns<Field> = {
  code: { header: "Mã khối", width: 14, text: true },
  name: { header: "Tên khối, cụm", width: 44 },
  kind: { header: "Loại", width: 9, choices: Object.values(KIND_LABELS) },
  decisionNo: { header: "Số quyết định", width: 18, text: true },
  decisionDate: { header: "Ngày quyết định", width: 16, text: true },
  decisionIssuer: { header: "Cơ quan ban hành", width: 26 },
  description: { header: "Mô tả", width: 40 },
};

const select = { id: true, code: true, name: true, kind: true, decisionNo: true, decisionDate: true, decisionIssuer: true, description: true } as const;
type Stored = BlocInput & { id: string };
type State = { byCode: Map<string, Stored>; byName: Map<string, Stored>; all: Stored[] };
type Work = CodedWork<BlocInput, Stored>;

async function load(client: Db | Tx): Promise<State> {
  const all = await client.bloc.findMany({ select, orderBy: { code: "asc" } });
  return { all, byCode: new Map(all.map((b) => [b.code, b])), byName: new Map(all.map((b) => [foldName(b.name), b])) };
}

const SQL_COLUMNS: SqlColumn[] = [
  { name: "code", type: "text" },
  { name: "name", type: "text" },
  { name: "kind", type: "BlocKind" },
  { name: "decisionNo", type: "text" },
  { name: "decisionDate", type: "date" },
  { name: "decisionIssuer", type: "text" },
  { name: "description", type: "text" },
];
const sqlValue = (b: BlocInput, f: Field) => (f === "decisionDate" ? (b.decisionDate?.toISOString().slice(0, 10) ?? null) : b[f]);
// The bloc form's fields, without its same-name confirmation: a same name is a warning here.
const blocRow = createBlocSchema.omit({ confirm: true });
const SAME_FIELDS = Object.fromEntries(FIELDS.map((f) => [f, f])) as Record<string, Field>;

export const blocsSpec: OnboardingSpec<Field, State, Work> = {
  kind: "blocs",
  sheetName: "Khối, cụm",
  fileName: "khoi-cum",
  columns,
  example: {
    code: "VD-NC",
    name: "Khối thi đua các cơ quan Nội chính (dòng ví dụ)",
    kind: "Khối",
    decisionNo: "123/QĐ-UBND",
    decisionDate: "15/01/2026",
    decisionIssuer: "UBND tỉnh",
    description: "Các cơ quan nội chính của tỉnh",
  },
  guide: [
    "Mỗi dòng một khối hoặc cụm. Mã khối là khóa: mã đã có thì cập nhật, mã mới thì tạo mới.",
    "Bắt buộc: Mã khối, Tên khối, cụm, Loại (Khối hoặc Cụm). Ngày quyết định ghi dd/MM/yyyy, ví dụ 05/01/2026.",
    "Thành viên từng năm nhập ở mục Thành viên theo năm, sau khi đã có đơn vị và khối, cụm.",
  ],
  auditAction: "bloc.import",
  allowed: canCreateBloc,
  load,
  checker(state, _session, report) {
    const coded = codedRows<Field, BlocInput, Stored>(columns, state, report);
    return {
      row({ row, cells }) {
        const kind = readChoice(cells.kind, KIND_LABELS);
        const day = readDay(cells.decisionDate);
        if (kind === undefined)
          report(row, "kind", "onboarding.problems.choice", { value: cellText(cells.kind), choices: Object.values(KIND_LABELS).join(", ") });
        if (day === undefined) report(row, "decisionDate", "validation.date");
        const raw = Object.fromEntries(FIELDS.map((f) => [f, cellText(cells[f])]));
        const parsed = blocRow.safeParse({ ...raw, kind: kind ?? "KHOI", decisionDate: day ?? "" }); // a bad kind or day is reported once, above
        if (!parsed.success) return reportZod(parsed.error, row, SAME_FIELDS, report);
        if (kind === undefined || day === undefined) return;
        coded.add(row, parsed.data);
      },
      finish: coded.finish,
    };
  },
  async apply(tx, work, _session, progress) {
    const total = work.create.length + work.update.length;
    const ids = await insertRows(
      tx,
      "Bloc",
      SQL_COLUMNS,
      work.create.map((b) => FIELDS.map((f) => sqlValue(b, f))),
    );
    await progress(ids.length, total);
    await updateFromValues(
      tx,
      "Bloc",
      SQL_COLUMNS,
      work.update.map((b) => [b.id, ...FIELDS.map((f) => sqlValue(b, f))]),
    );
    await progress(total, total);
    return {
      created: work.create.map((b, i) => ({ id: ids[i], ...b })),
      updated: work.update.map(({ before, ...after }) => ({ id: after.id, before, after })),
    };
  },
  exportRows: (state) =>
    state.all.map((b) => ({
      code: b.code,
      name: b.name,
      kind: KIND_LABELS[b.kind],
      decisionNo: b.decisionNo ?? "",
      decisionDate: dayCell(b.decisionDate),
      decisionIssuer: b.decisionIssuer ?? "",
      description: b.description ?? "",
    })),
};
