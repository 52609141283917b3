// A year's membership from Excel: one row per member unit of a bloc in a year, with its role.
// The blocs and years named in the file get exactly those members, leader and deputy (a bloc
// year missing is created); others are untouched. The rules are the bloc service's (lib/blocs):
// a unit sits in one bloc per year, archived units do not join, leader and deputy are members and
// differ, new members join the end of the rotation order. Board staff import their own blocs.
import { hasPermission } from "@/lib/auth/permissions";
import { leadershipErrorKey, membershipChange, rotationSlotsFor } from "@/lib/blocs/membership";
import { canManageBloc } from "@/lib/blocs/policy";
import { validateLeadership } from "@/lib/blocs/rotation";
import type { Db, Tx } from "@/lib/db";
import { updateFromValues } from "@/lib/onboarding/bulk-sql";
import { readChoice } from "@/lib/onboarding/cells";
import type { Columns, OnboardingSpec, PlannedRow } from "@/lib/onboarding/spec";
import { cellText } from "@/lib/xlsx/cells";
import { year as yearSchema } from "@/lib/validation/fields";

type Field = "year" | "bloc" | "unit" | "role";
type Role = "leader" | "deputy" | "member";
export const MEMBER_ROLE_LABELS: Record<Role, string> = { leader: "Trưởng khối", deputy: "Phó khối", member: "Thành viên" };

const columns: Columns<Field> = {
  year: { header: "Năm", width: 8 },
  bloc: { header: "Mã khối", width: 14, text: true },
  unit: { header: "Mã đơn vị", width: 14, text: true },
  role: { header: "Vai trò trong khối", width: 18, choices: Object.values(MEMBER_ROLE_LABELS) },
};

type Named = { id: string; code: string; name: string; archivedAt: Date | null };
type BlocYearRow = { id: string; blocId: string; year: number; leaderUnitId: string | null; deputyUnitId: string | null; members: string[] };
type State = {
  blocs: Map<string, Named>;
  units: Map<string, Named>;
  unitById: Map<string, Named>;
  blocById: Map<string, Named>;
  years: Map<string, BlocYearRow>;
  /** `${year}|${unitId}` → the bloc year it belongs to. */
  seat: Map<string, string>;
  slots: Map<string, { unitId: string; position: number }[]>;
};
type Group = { blocId: string; year: number; first: number; rows: { row: number; unitId: string; role: Role }[] };
type WorkGroup = {
  blocId: string;
  year: number;
  blocYearId: string | null;
  added: string[];
  removed: string[];
  leaderUnitId: string | null;
  deputyUnitId: string | null;
  before: { memberIds: string[]; leaderUnitId: string | null; deputyUnitId: string | null } | null;
};
type Work = { groups: WorkGroup[]; slots: { blocId: string; unitId: string; position: number }[] };

const keyOf = (blocId: string, year: number) => `${blocId}|${year}`;

async function load(client: Db | Tx): Promise<State> {
  const [blocs, units, years, members, slots] = await Promise.all([
    client.bloc.findMany({ select: { id: true, code: true, name: true, archivedAt: true } }),
    client.unit.findMany({ select: { id: true, code: true, name: true, archivedAt: true } }),
    client.blocYear.findMany({ select: { id: true, blocId: true, year: true, leaderUnitId: true, deputyUnitId: true }, orderBy: [{ year: "asc" }] }),
    client.blocMember.findMany({ select: { blocYearId: true, year: true, unitId: true } }),
    client.blocRotationSlot.findMany({ select: { blocId: true, unitId: true, position: true } }),
  ]);
  const byId = new Map(years.map((y) => [y.id, { ...y, members: [] as string[] }]));
  for (const m of members) byId.get(m.blocYearId)!.members.push(m.unitId);
  const slotMap = new Map<string, { unitId: string; position: number }[]>();
  for (const s of slots) slotMap.set(s.blocId, [...(slotMap.get(s.blocId) ?? []), s]);
  return {
    blocs: new Map(blocs.map((b) => [b.code, b])),
    units: new Map(units.map((u) => [u.code, u])),
    unitById: new Map(units.map((u) => [u.id, u])),
    blocById: new Map(blocs.map((b) => [b.id, b])),
    years: new Map([...byId.values()].map((y) => [keyOf(y.blocId, y.year), y])),
    seat: new Map(members.map((m) => [`${m.year}|${m.unitId}`, m.blocYearId])),
    slots: slotMap,
  };
}

const roleIn = (by: BlocYearRow | undefined, unitId: string): Role | null =>
  !by?.members.includes(unitId) ? null : by.leaderUnitId === unitId ? "leader" : by.deputyUnitId === unitId ? "deputy" : "member";

export const membersSpec: OnboardingSpec<Field, State, Work> = {
  kind: "members",
  sheetName: "Thành viên theo năm",
  fileName: "thanh-vien-theo-nam",
  columns,
  example: { year: "2026", bloc: "VD-NC", unit: "VD-STP", role: MEMBER_ROLE_LABELS.member },
  guide: [
    "Mỗi dòng một đơn vị thành viên của một khối, cụm trong một năm. Cần có đơn vị và khối, cụm trước (nhập ở hai mục trước).",
    "Mỗi khối trong một năm có trong tệp sẽ có đúng các thành viên ghi trong tệp: đơn vị không còn trong tệp được đưa ra khỏi khối năm đó. Khối, năm không có trong tệp giữ nguyên.",
    "Vai trò: mỗi khối mỗi năm có nhiều nhất một Trưởng khối và một Phó khối; không ghi ai là Trưởng khối thì khối năm đó chưa có trưởng khối.",
    "Một đơn vị chỉ thuộc một khối, cụm trong một năm. Khối năm chưa có thì được tạo; đơn vị mới vào khối được xếp cuối thứ tự luân phiên.",
  ],
  auditAction: "blocYear.import",
  allowed: (session) => hasPermission(session.role, "bloc.manage"),
  load,
  checker(state, session, report) {
    const groups = new Map<string, Group>();
    /** `${year}|${unitId}` → the row that placed it, across every bloc in the file. */
    const placed = new Map<string, number>();
    return {
      row({ row, cells }) {
        const year = yearSchema().safeParse(cellText(cells.year));
        if (!year.success) report(row, "year", "validation.year");
        const blocCode = cellText(cells.bloc).toUpperCase();
        const bloc = state.blocs.get(blocCode);
        if (!bloc || !canManageBloc(session, bloc.id))
          report(row, "bloc", blocCode ? "onboarding.problems.unknownBloc" : "validation.required", { value: blocCode });
        const unitCode = cellText(cells.unit).toUpperCase();
        const unit = state.units.get(unitCode);
        if (!unit) report(row, "unit", unitCode ? "onboarding.problems.unknownUnit" : "validation.required", { value: unitCode });
        const role = readChoice(cells.role, MEMBER_ROLE_LABELS) ?? (cellText(cells.role) ? undefined : "member");
        if (role === undefined)
          report(row, "role", "onboarding.problems.choice", { value: cellText(cells.role), choices: Object.values(MEMBER_ROLE_LABELS).join(", ") });
        if (!year.success || !bloc || !canManageBloc(session, bloc.id) || !unit || !role) return;
        const first = placed.get(`${year.data}|${unit.id}`);
        if (first !== undefined) return report(row, "unit", "onboarding.problems.unitTwiceInYear", { value: unit.code, year: year.data, first });
        placed.set(`${year.data}|${unit.id}`, row);
        const key = keyOf(bloc.id, year.data);
        const group = groups.get(key) ?? { blocId: bloc.id, year: year.data, first: row, rows: [] };
        groups.set(key, group);
        const same = role !== "member" && group.rows.find((r) => r.role === role);
        if (same) return report(row, "role", `onboarding.problems.second.${role}`, { first: same.row });
        group.rows.push({ row, unitId: unit.id, role });
      },
      finish() {
        const rows: PlannedRow[] = [];
        const removed: string[] = [];
        const work: Work = { groups: [], slots: [] };
        const inFile = new Set([...groups.keys()].flatMap((k) => (state.years.get(k) ? [state.years.get(k)!.id] : [])));
        const slots = new Map(state.slots);
        for (const [key, g] of groups) {
          const by = state.years.get(key);
          const bloc = state.blocById.get(g.blocId)!;
          if (!by && bloc.archivedAt) report(g.first, "bloc", "blocs.errors.archived");
          const wanted = g.rows.map((r) => r.unitId);
          const archived = new Set(wanted.filter((id) => state.unitById.get(id)!.archivedAt));
          const change = membershipChange(by?.members ?? [], wanted, archived, null);
          for (const r of g.rows) {
            if (change.archivedAdded.includes(r.unitId)) report(r.row, "unit", "blocs.errors.unitArchived");
            const seat = state.seat.get(`${g.year}|${r.unitId}`);
            if (seat && seat !== by?.id && !inFile.has(seat))
              report(r.row, "unit", "blocs.errors.unitInOtherBloc", {
                unit: state.unitById.get(r.unitId)!.name,
                bloc: state.blocById.get([...state.years.values()].find((y) => y.id === seat)!.blocId)!.name,
                year: g.year,
              });
          }
          const leaderUnitId = g.rows.find((r) => r.role === "leader")?.unitId ?? null;
          const deputyUnitId = g.rows.find((r) => r.role === "deputy")?.unitId ?? null;
          const leadership = validateLeadership({ leaderId: leaderUnitId, deputyId: deputyUnitId, memberIds: wanted });
          if (leadership.length > 0) report(g.first, "role", leadershipErrorKey(leadership));
          const unitLabel = (id: string) => `${g.year} · ${bloc.code} · ${state.unitById.get(id)!.code} — ${state.unitById.get(id)!.name}`;
          for (const r of g.rows) {
            const before = roleIn(by, r.unitId);
            const status = before === null ? "new" : before === r.role ? "unchanged" : "changed";
            rows.push({ row: r.row, label: unitLabel(r.unitId), status, changed: status === "changed" ? [columns.role.header] : [] });
          }
          removed.push(...change.removed.map(unitLabel));
          const newSlots = rotationSlotsFor(slots.get(g.blocId) ?? [], change.added);
          slots.set(g.blocId, [...(slots.get(g.blocId) ?? []), ...newSlots]);
          work.slots.push(...newSlots.map((s) => ({ blocId: g.blocId, ...s })));
          const leadershipChanged = !by || by.leaderUnitId !== leaderUnitId || by.deputyUnitId !== deputyUnitId;
          if (change.added.length + change.removed.length > 0 || leadershipChanged)
            work.groups.push({
              blocId: g.blocId,
              year: g.year,
              blocYearId: by?.id ?? null,
              added: change.added,
              removed: change.removed,
              leaderUnitId,
              deputyUnitId,
              before: by ? { memberIds: by.members, leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId } : null,
            });
        }
        return { rows: rows.sort((a, b) => a.row - b.row), removed, warnings: [], work };
      },
    };
  },
  async apply(tx, work, _session, progress) {
    const total = work.groups.reduce((n, g) => n + g.added.length + g.removed.length, 0);
    const created = await tx.blocYear.createManyAndReturn({
      data: work.groups.filter((g) => !g.blocYearId).map((g) => ({ blocId: g.blocId, year: g.year })),
      select: { id: true, blocId: true, year: true },
    });
    const idOf = new Map(created.map((y) => [keyOf(y.blocId, y.year), y.id]));
    const groups = work.groups.map((g) => ({ ...g, blocYearId: g.blocYearId ?? idOf.get(keyOf(g.blocId, g.year))! }));
    // Out before in: a unit moving between two blocs of the file leaves one before joining the other.
    const leaving = groups.filter((g) => g.removed.length > 0);
    if (leaving.length > 0) await tx.blocMember.deleteMany({ where: { OR: leaving.map((g) => ({ blocYearId: g.blocYearId, unitId: { in: g.removed } })) } });
    await tx.blocMember.createMany({ data: groups.flatMap((g) => g.added.map((unitId) => ({ blocYearId: g.blocYearId, year: g.year, unitId }))) });
    await progress(total, total);
    await updateFromValues(
      tx,
      "BlocYear",
      [
        { name: "leaderUnitId", type: "text" },
        { name: "deputyUnitId", type: "text" },
      ],
      groups.map((g) => [g.blocYearId, g.leaderUnitId, g.deputyUnitId]),
    );
    await tx.blocRotationSlot.createMany({ data: work.slots });
    return {
      blocYears: groups.map(({ before, ...g }) => ({ ...g, created: before === null, before })),
      rotationAdded: work.slots,
    };
  },
  exportRows(state, session) {
    const out: Record<Field, string>[] = [];
    const order: Record<Role, number> = { leader: 0, deputy: 1, member: 2 };
    const years = [...state.years.values()].filter((y) => canManageBloc(session, y.blocId)).map((y) => ({ ...y, bloc: state.blocById.get(y.blocId)! }));
    years.sort((a, b) => a.year - b.year || a.bloc.code.localeCompare(b.bloc.code));
    for (const by of years) {
      const members = by.members.map((id) => ({ unit: state.unitById.get(id)!, role: roleIn(by, id)! }));
      members.sort((a, b) => order[a.role] - order[b.role] || a.unit.code.localeCompare(b.unit.code));
      for (const m of members) out.push({ year: String(by.year), bloc: by.bloc.code, unit: m.unit.code, role: MEMBER_ROLE_LABELS[m.role] });
    }
    return out;
  },
};
