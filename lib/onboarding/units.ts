// Units from Excel: one row per agency, matched on its code. A known code updates the unit
// (its address, not in the file, is kept); a new one creates it. Each row goes through the unit
// form's own schema (lib/units/schemas.ts); a name another unit already has is a warning, as the
// form's same-name check is, since two agencies may share a name.
import { hasPermission } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db";
import { foldName } from "@/lib/format/name-key";
import { insertRows, updateFromValues } from "@/lib/onboarding/bulk-sql";
import { codedRows, type CodedWork } from "@/lib/onboarding/coded-rows";
import { reportZod, type Columns, type OnboardingSpec } from "@/lib/onboarding/spec";
import { cellText } from "@/lib/xlsx/cells";
import { unitFields, type UnitInput } from "@/lib/units/schemas";

type Field = "code" | "name" | "shortName" | "parentBody" | "headName" | "headTitle" | "phone" | "email";
const FIELDS: Field[] = ["code", "name", "shortName", "parentBody", "headName", "headTitle", "phone", "email"];

const columns: Columns<Field> = {
  code: { header: "Mã đơn vị", width: 14, text: true },
  name: { header: "Tên đơn vị", width: 40 },
  shortName: { header: "Tên viết tắt", width: 18 },
  parentBody: { header: "Cơ quan chủ quản", width: 28 },
  headName: { header: "Họ tên thủ trưởng", width: 24 },
  headTitle: { header: "Chức vụ thủ trưởng", width: 20 },
  phone: { header: "Điện thoại", width: 14, text: true },
  email: { header: "Thư điện tử", width: 28 },
};

const select = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  parentBody: true,
  headName: true,
  headTitle: true,
  phone: true,
  email: true,
  address: true,
} as const;
const SQL_COLUMNS = FIELDS.map((name) => ({ name, type: "text" as const }));
type Stored = { id: string } & Record<Field, string | null> & { address: string | null };
type State = { byCode: Map<string, Stored>; byName: Map<string, Stored>; all: Stored[] };
type Work = CodedWork<UnitInput, Stored>;

async function load(client: Db | Tx): Promise<State> {
  const all = (await client.unit.findMany({ select, orderBy: { code: "asc" } })) as Stored[];
  return { all, byCode: new Map(all.map((u) => [u.code!, u])), byName: new Map(all.map((u) => [foldName(u.name!), u])) };
}

export const unitsSpec: OnboardingSpec<Field, State, Work> = {
  kind: "units",
  sheetName: "Đơn vị",
  fileName: "don-vi",
  columns,
  example: {
    code: "VD-STP",
    name: "Sở Tư pháp tỉnh (dòng ví dụ)",
    shortName: "Sở Tư pháp",
    parentBody: "UBND tỉnh",
    headName: "Nguyễn Văn A",
    headTitle: "Giám đốc",
    phone: "02263123456",
    email: "stp@vidu.gov.vn",
  },
  guide: [
    "Mỗi dòng một đơn vị. Mã đơn vị (chữ không dấu, số, dấu gạch ngang hoặc gạch dưới) là khóa: mã đã có thì cập nhật đơn vị đó, mã mới thì tạo đơn vị mới.",
    "Bắt buộc: Mã đơn vị, Tên đơn vị, Tên viết tắt. Các cột khác để trống nếu chưa có; ô trống xóa giá trị đang lưu.",
    "Địa chỉ không có trong tệp và được giữ nguyên. Tên trùng với đơn vị khác chỉ được cảnh báo.",
  ],
  auditAction: "unit.import",
  allowed: (session) => hasPermission(session.role, "unit.manage"),
  load,
  checker(state, _session, report) {
    const coded = codedRows<Field, UnitInput, Stored>(columns, state, report);
    return {
      row({ row, cells }) {
        const existing = state.byCode.get(cellText(cells.code).toUpperCase());
        const raw = Object.fromEntries(FIELDS.map((f) => [f, cellText(cells[f])]));
        const parsed = unitFields.safeParse({ ...raw, address: existing?.address ?? null });
        if (!parsed.success) return reportZod(parsed.error, row, Object.fromEntries(FIELDS.map((f) => [f, f])) as Record<string, Field>, report);
        coded.add(row, parsed.data);
      },
      finish: coded.finish,
    };
  },
  async apply(tx, work, _session, progress) {
    const total = work.create.length + work.update.length;
    const ids = await insertRows(
      tx,
      "Unit",
      SQL_COLUMNS,
      work.create.map((u) => FIELDS.map((f) => u[f])),
    );
    await progress(ids.length, total);
    await updateFromValues(
      tx,
      "Unit",
      SQL_COLUMNS,
      work.update.map((u) => [u.id, ...FIELDS.map((f) => u[f])]),
    );
    await progress(total, total);
    return {
      created: work.create.map((u, i) => ({ id: ids[i], ...u })),
      updated: work.update.map(({ before, ...after }) => ({ id: after.id, before, after })),
    };
  },
  exportRows: (state) => state.all.map((u) => Object.fromEntries(FIELDS.map((f) => [f, u[f] ?? ""])) as Record<Field, string>),
};
