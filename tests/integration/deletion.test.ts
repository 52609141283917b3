import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { NO_PASSWORD } from "@/lib/auth/password";
import { deleteUnit } from "@/lib/units/service";
import { unitDeletable } from "@/lib/units/queries";
import { createBloc, createBlocYear, deleteBloc, setMembers, setRotationOrder } from "@/lib/blocs/service";
import { blocDeletable } from "@/lib/blocs/queries";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { deleteUser } from "@/lib/users/service";
import { userDeletable } from "@/lib/users/queries";
import { issueLinksInTx } from "@/lib/users/accounts/service";
import { storedActor } from "../support/actors";

// Deleting what was created by mistake: allowed while nothing refers to the row, refused with
// "archive instead" otherwise. The database's foreign keys decide (lib/db/delete-unused.ts), so the
// last test pins every key's ON DELETE rule: a new table pointing at a unit, a bloc or an account
// must refuse the delete (RESTRICT) or be listed here as part of the thing it points at.

let admin: AppSession;
let n = 0;
const unit = async () => db.unit.create({ data: { code: `DEL-${++n}`, name: `Đơn vị nhập nhầm ${n}`, shortName: `NN${n}` } });
const bloc = async () => (await createBloc(admin, createBlocSchema.parse({ code: `DK-${++n}`, name: `Khối nhập nhầm ${n}`, kind: "KHOI" }))).id;
const account = async (over: Record<string, unknown> = {}) =>
  db.user.create({ data: { username: `nham${++n}`, name: `Tài khoản nhầm ${n}`, role: "COUNCIL", passwordHash: NO_PASSWORD, ...over } });
const auditOf = (action: string, entityId: string) => db.auditLog.count({ where: { action, entityId } });

beforeAll(async () => {
  admin = await storedActor({ userId: "deletion-admin", username: "quantri.xoa", role: "ADMIN" });
});

describe("deleting a unit", () => {
  it("deletes an unused unit and audits it", async () => {
    const u = await unit();
    expect(await unitDeletable(admin, u.id)).toBe(true);
    // Offered only to whoever may delete it.
    expect(await unitDeletable({ ...admin, role: "COUNCIL" }, u.id)).toBe(false);
    await deleteUnit(admin, u.id);
    expect(await db.unit.findUnique({ where: { id: u.id } })).toBeNull();
    expect(await auditOf("unit.delete", u.id)).toBe(1);
  });

  it.each([
    [
      "a bloc member",
      async (id: string) => setMembers(admin, await db.blocYear.findFirstOrThrow({ where: { blocId: await blocWithYear() } }).then((y) => y.id), [id]),
    ],
    ["an account", async (id: string) => account({ role: "UNIT_OFFICER", unitId: id })],
    ["a rotation place", async (id: string) => setRotationOrder(admin, await bloc(), [id])],
  ])("refuses a unit that is %s, saying archive instead", async (_what, use) => {
    const u = await unit();
    await use(u.id);
    expect(await unitDeletable(admin, u.id)).toBe(false);
    await expect(deleteUnit(admin, u.id)).rejects.toMatchObject({ key: "removal.errors.unitInUse" });
    expect(await db.unit.findUnique({ where: { id: u.id } })).not.toBeNull();
    expect(await auditOf("unit.delete", u.id)).toBe(0);
  });
});

async function blocWithYear() {
  const id = await bloc();
  await createBlocYear(admin, id, 2030, false);
  return id;
}

describe("deleting a bloc", () => {
  it("deletes a bloc without years, with its rotation order, and audits it", async () => {
    const id = await bloc();
    const u = await unit();
    await setRotationOrder(admin, id, [u.id]);
    expect(await blocDeletable(admin, id)).toBe(true);
    await deleteBloc(admin, id);
    expect(await db.bloc.findUnique({ where: { id } })).toBeNull();
    expect(await db.blocRotationSlot.count({ where: { blocId: id } })).toBe(0);
    expect(await auditOf("bloc.delete", id)).toBe(1);
    // The unit was only in that order: it may go now too.
    expect(await unitDeletable(admin, u.id)).toBe(true);
  });

  it("refuses a bloc with a year", async () => {
    const id = await blocWithYear();
    expect(await blocDeletable(admin, id)).toBe(false);
    await expect(deleteBloc(admin, id)).rejects.toMatchObject({ key: "removal.errors.blocInUse" });
    expect(await db.bloc.findUnique({ where: { id } })).not.toBeNull();
  });
});

describe("deleting an account", () => {
  it("deletes an account that never signed in, with its unused links, and audits it", async () => {
    const u = await account();
    await db.$transaction((tx) => issueLinksInTx(tx, admin, [u.id]));
    expect(await userDeletable(admin, u.id)).toBe(true);
    await deleteUser(admin, u.id);
    expect(await db.user.findUnique({ where: { id: u.id } })).toBeNull();
    expect(await db.passwordSetToken.count({ where: { userId: u.id } })).toBe(0);
    expect(await auditOf("user.delete", u.id)).toBe(1);
  });

  it("refuses an account that signed in", async () => {
    const u = await account({ lastSignInAt: new Date() });
    expect(await userDeletable(admin, u.id)).toBe(false);
    await expect(deleteUser(admin, u.id)).rejects.toMatchObject({ key: "removal.errors.userInUse" });
  });

  it("refuses an account that a recorded act refers to (a leadership decision), though it never signed in", async () => {
    const u = await account();
    const id = await blocWithYear();
    const [a, b] = [await unit(), await unit()];
    await db.leadershipDecision.create({ data: { blocId: id, year: 2031, leaderUnitId: a.id, deputyUnitId: b.id, decidedById: u.id } });
    expect(await userDeletable(admin, u.id)).toBe(false);
    await expect(deleteUser(admin, u.id)).rejects.toMatchObject({ key: "removal.errors.userInUse" });
    expect(await db.user.findUnique({ where: { id: u.id } })).not.toBeNull();
  });

  it("refuses the caller's own account", async () => {
    await expect(deleteUser(admin, admin.userId)).rejects.toMatchObject({ key: "removal.errors.selfDelete" });
  });
});

// The parts that go with the row they point at; every other key must refuse the delete.
// A user's notifications, their e-mails' records and their choices are the user's own: an unused
// account deleted by mistake takes them along (lib/notifications).
const PARTS = new Set([
  "BoardAssignment.userId",
  "BoardAssignment.blocId",
  "BlocRotationSlot.blocId",
  "PasswordSetToken.userId",
  "Notification.userId",
  "NotificationDelivery.userId",
  "NotificationPreference.userId",
]);

it("has every foreign key to a unit, a bloc or an account refuse the delete, but the parts of the row", async () => {
  const keys = await db.$queryRaw<{ source: string; target: string; rule: string }[]>`
    SELECT c.conrelid::regclass::text || '.' || a.attname AS source, c.confrelid::regclass::text AS target, c.confdeltype::text AS rule
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid::regclass::text IN ('"Unit"', '"Bloc"', '"User"')`;
  const clean = keys.map((k) => ({ ...k, source: k.source.replaceAll('"', "") }));
  expect(clean.length).toBeGreaterThan(25);
  const loose = clean.filter((k) => !PARTS.has(k.source) && k.rule !== "r" && k.rule !== "a").map((k) => `${k.source} → ${k.target} (${k.rule})`);
  expect(loose).toEqual([]);
  expect(clean.filter((k) => PARTS.has(k.source)).every((k) => k.rule === "c")).toBe(true);
});
