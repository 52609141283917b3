// Accounts from Excel, for the administrator: one row per account, matched on its username. Each
// row goes through the account form's schema (lib/users/schemas.ts: a unit officer needs a unit,
// a unit and the head flag are for officers, blocs for board staff) and the users service's rules
// (lib/users/rules.ts). New accounts have no password (NO_PASSWORD) and must set one: the
// administrator issues them set-password links. An existing account's password is never touched.
import { NO_PASSWORD } from "@/lib/auth/password";
import { hasPermission, takesBlocAssignments } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { insertRows, updateFromValues, type SqlColumn } from "@/lib/onboarding/bulk-sql";
import { readChoice, readList, readYes, YES_NO } from "@/lib/onboarding/cells";
import { headerKey } from "@/lib/onboarding/read";
import { changedFields, reportZod, type Columns, type OnboardingSpec, type PlannedRow } from "@/lib/onboarding/spec";
import { cellText } from "@/lib/xlsx/cells";
import { demotesSelf, unitAssignable } from "@/lib/users/rules";
import { endSessionsInTx } from "@/lib/sessions/service";
import { endsSessions } from "@/lib/sessions/rules";
import { accountSchema } from "@/lib/users/schemas";

type Field = "username" | "name" | "email" | "unit" | "role" | "head" | "blocs";

/** As messages/vi/roles.json names them: what the administrator reads and picks. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Quản trị hệ thống",
  BOARD: "Cán bộ Ban Thi đua - Khen thưởng",
  COUNCIL: "Thành viên Hội đồng TĐKT",
  UNIT_OFFICER: "Cán bộ TĐKT đơn vị",
};
/** Written in the blocs column for board staff who cover every bloc. */
export const ALL_BLOCS = "Tất cả";

const columns: Columns<Field> = {
  username: { header: "Tên đăng nhập", width: 18, text: true },
  name: { header: "Họ và tên", width: 26 },
  email: { header: "Thư điện tử", width: 28 },
  unit: { header: "Mã đơn vị", width: 14, text: true },
  role: { header: "Vai trò", width: 32, choices: Object.values(ROLE_LABELS) },
  head: { header: "Thủ trưởng đơn vị", width: 12, choices: Object.values(YES_NO) },
  blocs: { header: "Khối, cụm phụ trách", width: 24, text: true },
};
const FIELD_OF: Record<string, Field> = {
  username: "username",
  name: "name",
  email: "email",
  unitId: "unit",
  role: "role",
  isUnitHead: "head",
  allBlocs: "blocs",
  blocIds: "blocs",
};

const USER_COLUMNS: SqlColumn[] = [
  { name: "name", type: "text" },
  { name: "email", type: "text" },
  { name: "role", type: "Role" },
  { name: "unitId", type: "text" },
  { name: "isUnitHead", type: "boolean" },
  { name: "allBlocs", type: "boolean" },
];

type Account = { name: string; email: string | null; role: Role; unitId: string | null; isUnitHead: boolean; allBlocs: boolean; blocIds: string[] };
type Stored = Account & { id: string; username: string; title: string | null };
type State = {
  users: Map<string, Stored>;
  units: Map<string, { id: string; code: string; archivedAt: Date | null }>;
  unitCode: Map<string, string>;
  blocs: Map<string, string>;
  blocCode: Map<string, string>;
};
type Work = { create: (Account & { username: string })[]; update: (Account & { id: string; before: Stored; blocsChanged: boolean })[] };

async function load(client: Db | Tx): Promise<State> {
  const [users, units, blocs] = await Promise.all([
    client.user.findMany({
      select: {
        id: true,
        username: true,
        name: true,
        title: true,
        email: true,
        role: true,
        unitId: true,
        isUnitHead: true,
        allBlocs: true,
        blocAssignments: { select: { blocId: true } },
      },
      orderBy: { username: "asc" },
    }),
    client.unit.findMany({ select: { id: true, code: true, archivedAt: true } }),
    client.bloc.findMany({ select: { id: true, code: true } }),
  ]);
  return {
    users: new Map(users.map(({ blocAssignments, ...u }) => [u.username, { ...u, blocIds: blocAssignments.map((a) => a.blocId).sort() }])),
    units: new Map(units.map((u) => [u.code, u])),
    unitCode: new Map(units.map((u) => [u.id, u.code])),
    blocs: new Map(blocs.map((b) => [b.code, b.id])),
    blocCode: new Map(blocs.map((b) => [b.id, b.code])),
  };
}

/** What the file sets of an account (its title is not in the file, its password never). */
const accountOf = (a: Account): Account => ({
  name: a.name,
  email: a.email,
  role: a.role,
  unitId: a.unitId,
  isUnitHead: a.isUnitHead,
  allBlocs: a.allBlocs,
  blocIds: [...a.blocIds].sort(),
});

/** The row's columns as compared: the unit by its code, the blocs as one sorted list. */
const comparable = (a: Account, state: State) => ({
  name: a.name,
  email: a.email,
  unit: a.unitId ? state.unitCode.get(a.unitId) : null,
  role: a.role,
  head: a.isUnitHead,
  blocs: a.allBlocs ? [ALL_BLOCS] : a.blocIds,
});

const blocsCell = (a: Account, state: State) =>
  a.allBlocs
    ? ALL_BLOCS
    : a.blocIds
        .map((id) => state.blocCode.get(id)!)
        .sort()
        .join(", ");

export const accountsSpec: OnboardingSpec<Field, State, Work> = {
  kind: "accounts",
  sheetName: "Tài khoản",
  fileName: "tai-khoan",
  columns,
  example: {
    username: "vidu.stp",
    name: "Nguyễn Thị B (dòng ví dụ)",
    email: "b@vidu.gov.vn",
    unit: "VD-STP",
    role: ROLE_LABELS.UNIT_OFFICER,
    head: "Không",
    blocs: "",
  },
  guide: [
    "Mỗi dòng một tài khoản. Tên đăng nhập (chữ thường không dấu, số, dấu chấm, gạch ngang) là khóa: đã có thì cập nhật họ tên, thư điện tử, đơn vị, vai trò, thủ trưởng và khối phụ trách; mật khẩu không bao giờ bị đổi.",
    "Tài khoản mới chưa có mật khẩu: quản trị viên gửi cho từng người đường dẫn đặt mật khẩu.",
    "Vai trò: chọn trong danh sách. Cán bộ TĐKT đơn vị phải có Mã đơn vị; chỉ họ mới có đơn vị và có thể là Thủ trưởng đơn vị (Có/Không).",
    `Khối, cụm phụ trách: chỉ cho cán bộ Ban TĐKT; ghi các mã khối cách nhau bởi dấu phẩy (ví dụ NC, KT), hoặc "${ALL_BLOCS}" nếu phụ trách mọi khối, cụm.`,
  ],
  auditAction: "user.import",
  allowed: (session) => hasPermission(session.role, "user.manage"),
  load,
  checker(state, session, report) {
    const firstRow = new Map<string, number>();
    const rows: PlannedRow[] = [];
    const work: Work = { create: [], update: [] };
    return {
      row({ row, cells }) {
        // A cell refused here is not refused again by the schema (an unknown unit code is not also "required").
        const refused = new Set<Field | null>();
        const problem: typeof report = (r, field, key, params) => (refused.add(field), report(r, field, key, params));
        const role = readChoice(cells.role, ROLE_LABELS);
        if (role === undefined)
          problem(row, "role", "onboarding.problems.choice", { value: cellText(cells.role), choices: Object.values(ROLE_LABELS).join("; ") });
        const head = readYes(cells.head);
        if (head === undefined) problem(row, "head", "onboarding.problems.choice", { value: cellText(cells.head), choices: Object.values(YES_NO).join(", ") });
        const unitCode = cellText(cells.unit).toUpperCase();
        const unit = unitCode ? state.units.get(unitCode) : undefined;
        if (unitCode && !unit) problem(row, "unit", "onboarding.problems.unknownUnit", { value: unitCode });
        const allBlocs = headerKey(cellText(cells.blocs)) === headerKey(ALL_BLOCS);
        const blocIds: string[] = [];
        for (const code of allBlocs ? [] : readList(cells.blocs)) {
          const id = state.blocs.get(code.toUpperCase());
          if (id) blocIds.push(id);
          else problem(row, "blocs", "onboarding.problems.unknownBloc", { value: code });
        }
        const existing = state.users.get(cellText(cells.username).toLowerCase());
        const parsed = accountSchema.safeParse({
          username: cellText(cells.username),
          name: cellText(cells.name),
          title: existing?.title ?? null,
          email: cellText(cells.email),
          role: role ?? "UNIT_OFFICER", // a bad role is reported once, above
          unitId: unit?.id ?? null,
          isUnitHead: head ?? false,
          allBlocs,
          blocIds,
        });
        if (!parsed.success) return reportZod(parsed.error, row, FIELD_OF, (r, field, key, params) => !refused.has(field) && report(r, field, key, params));
        if (refused.size > 0) return;
        const { username } = parsed.data;
        const account = accountOf(parsed.data);
        if (!unitAssignable(account.unitId, existing?.unitId, unit)) return report(row, "unit", "users.errors.unitUnavailable");
        if (existing && demotesSelf(session.userId, existing.id, account.role)) return report(row, "role", "users.errors.selfDemote");
        const first = firstRow.get(username);
        if (first !== undefined) return report(row, "username", "onboarding.problems.duplicate", { value: username, first });
        firstRow.set(username, row);
        const label = `${username} — ${account.name}`;
        if (!existing) {
          work.create.push({ username, ...account });
          return void rows.push({ row, label, status: "new", changed: [] });
        }
        const changed = changedFields(columns, comparable(existing, state), comparable(account, state));
        const blocsChanged = changed.includes(columns.blocs.header);
        if (changed.length > 0) work.update.push({ ...account, id: existing.id, before: existing, blocsChanged });
        rows.push({ row, label, status: changed.length > 0 ? "changed" : "unchanged", changed });
      },
      finish: () => ({ rows, removed: [], warnings: [], work }),
    };
  },
  async apply(tx, work, _session, progress) {
    const total = work.create.length + work.update.length;
    const ids = await insertRows(
      tx,
      "User",
      [{ name: "username", type: "text" }, ...USER_COLUMNS, { name: "passwordHash", type: "text" }, { name: "mustChangePassword", type: "boolean" }],
      work.create.map((a) => [a.username, a.name, a.email, a.role, a.unitId, a.isUnitHead, a.allBlocs, NO_PASSWORD, true]),
    );
    const idOf = new Map(work.create.map((a, i) => [a.username, ids[i]]));
    await progress(ids.length, total);
    await updateFromValues(
      tx,
      "User",
      USER_COLUMNS,
      work.update.map((u) => [u.id, u.name, u.email, u.role, u.unitId, u.isUnitHead, u.allBlocs]),
    );
    // The import never locks an account, so the only reason here is a new role, unit or head flag, as in the users form.
    const changedRole = work.update.filter((u) => endsSessions({ ...u.before, active: true }, { ...u, active: true }));
    await endSessionsInTx(
      tx,
      changedRole.map((u) => u.id),
      "roleChanged",
    );
    const reassigned = work.update.filter((u) => u.blocsChanged);
    await tx.boardAssignment.deleteMany({ where: { userId: { in: reassigned.map((u) => u.id) } } });
    await tx.boardAssignment.createMany({
      data: [
        ...work.create.flatMap((a) => a.blocIds.map((blocId) => ({ userId: idOf.get(a.username)!, blocId }))),
        ...reassigned.flatMap((u) => u.blocIds.map((blocId) => ({ userId: u.id, blocId }))),
      ],
    });
    await progress(total, total);
    return {
      created: work.create.map((a) => ({ id: idOf.get(a.username), ...a })),
      updated: work.update.map((u) => ({ id: u.id, before: u.before, after: accountOf(u) })),
    };
  },
  exportRows: (state) =>
    [...state.users.values()].map((u) => ({
      username: u.username,
      name: u.name,
      email: u.email ?? "",
      unit: u.unitId ? state.unitCode.get(u.unitId)! : "",
      role: ROLE_LABELS[u.role],
      head: u.isUnitHead ? YES_NO.yes : YES_NO.no,
      blocs: takesBlocAssignments(u.role) ? blocsCell(u, state) : "",
    })),
};
