// A bloc year with people in every place an event can reach, for the notification tests: four
// member units (u0 leads, u1 deputises) each with an officer and a head, a unit of another bloc
// with its own officer and head, board staff for all blocs, assigned to this bloc, and assigned
// elsewhere, and a council reader. Everyone has an e-mail address.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { JOB_HANDLERS } from "@/lib/worker/handlers";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { JobRunner } from "@/lib/jobs/runner";
import { loadAppSession } from "@/lib/auth/session-user";

export type NotificationWorld = Awaited<ReturnType<typeof notificationWorld>>;

export async function notificationWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const person = async (key: string, role: Role, over: { unitId?: string; isUnitHead?: boolean; allBlocs?: boolean; email?: string | null } = {}) => {
    const user = await db.user.create({
      data: {
        id: `${key}-${tag}`,
        username: `${key}-${tag}`.toLowerCase(),
        name: `Nguyễn Văn ${key}`,
        role,
        passwordHash: "x",
        email: over.email === undefined ? `${key}-${tag}@example.vn`.toLowerCase() : over.email,
        unitId: over.unitId ?? null,
        isUnitHead: over.isUnitHead ?? false,
        allBlocs: over.allBlocs ?? false,
      },
    });
    return (await loadAppSession(db, user.id)) as AppSession;
  };
  const admin = await person("admin", "ADMIN");
  const board = await person("board", "BOARD", { allBlocs: true });
  const units: string[] = [];
  for (let i = 0; i < 5; i++) {
    const u = await db.unit.create({ data: { code: `N${tag}-${i}`, name: `Sở Thông tin số ${i} (${tag})`, shortName: `S${i}`, headName: `Thủ trưởng ${i}` } });
    units.push(u.id);
  }
  const [u0, u1, u2, u3, outside] = units;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `NB${tag}`, name: `Khối Văn hóa ${tag}`, kind: "KHOI" }))).id;
  const otherBlocId = (await createBloc(board, createBlocSchema.parse({ code: `NO${tag}`, name: `Khối Khác ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, [u0, u1, u2, u3]);
  await setLeadership(board, year.id, u0, u1);
  const otherYear = await createBlocYear(board, otherBlocId, 2026, false);
  await setMembers(board, otherYear.id, [outside]);
  const assigned = await person("assigned", "BOARD");
  await db.boardAssignment.create({ data: { userId: assigned.userId, blocId } });
  const elsewhere = await person("elsewhere", "BOARD");
  await db.boardAssignment.create({ data: { userId: elsewhere.userId, blocId: otherBlocId } });
  const staff = async (i: number, unitId: string) => ({
    officer: await person(`officer${i}`, "UNIT_OFFICER", { unitId }),
    head: await person(`head${i}`, "UNIT_OFFICER", { unitId, isUnitHead: true }),
  });
  const people = {
    admin,
    board,
    assigned,
    elsewhere,
    council: await person("council", "COUNCIL"),
    u0: await staff(0, u0),
    u1: await staff(1, u1),
    u2: await staff(2, u2),
    u3: await staff(3, u3),
    outside: await staff(9, outside),
  };
  return { tag, blocId, yearId: year.id, otherYearId: otherYear.id, units: { u0, u1, u2, u3, outside }, people };
}

/** The app's own job kinds and handlers, on a clock the test moves. */
export function appRunner(clock: { now: Date }, client?: ConstructorParameters<typeof JobRunner>[0]["client"]) {
  return new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, clock: () => clock.now, client, concurrency: 4 });
}

/** Who holds a notification of this kind (user ids, sorted). */
export async function toldOf(kind: string, subjectId?: string) {
  const rows = await db.notification.findMany({ where: { kind, ...(subjectId ? { subjectId } : {}) }, select: { userId: true } });
  return rows.map((r) => r.userId).sort();
}

export const ids = (...sessions: AppSession[]) => sessions.map((s) => s.userId).sort();
export const unit = (s: { officer: AppSession; head: AppSession }) => [s.officer, s.head];
