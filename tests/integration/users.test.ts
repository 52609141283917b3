import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { verifyPassword } from "@/lib/auth/password";
import type { z } from "zod";
import { createUserSchema, resetPasswordSchema, updateUserSchema, type UpdateUserInput } from "@/lib/users/schemas";
import { changeOwnPassword, createUser, resetPassword, setUserActive, updateUser } from "@/lib/users/service";
import { getUser, listUsers } from "@/lib/users/queries";

const admin: AppSession = {
  userId: "u-admin",
  username: "admin",
  name: "Quản trị viên",
  role: "ADMIN",
  unitId: null,
  unitName: null,
  isUnitHead: false,
  allBlocs: false,
  assignedBlocIds: [],
};

let unitId: string;
let blocIds: string[];

beforeAll(async () => {
  unitId = (await db.unit.create({ data: { code: "HN-STP", name: "Sở Tư pháp tỉnh Hà Nam", shortName: "STP" } })).id;
  blocIds = await Promise.all(["KHOI-NC", "KHOI-KT"].map(async (code) => (await db.bloc.create({ data: { code, name: `Khối ${code}`, kind: "KHOI" } })).id));
});

const createInput = (over: Record<string, unknown> = {}) =>
  createUserSchema.parse({
    username: "nguyenvan.a",
    name: "Nguyễn Văn A",
    title: "Chuyên viên",
    email: "",
    role: "UNIT_OFFICER",
    unitId,
    isUnitHead: "on",
    password: "Lúa chín vàng 2026",
    passwordConfirm: "Lúa chín vàng 2026",
    active: "on",
    ...over,
  });

async function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

// The form's input as the action hands it to the service: id taken out.
function updateInput(input: Record<string, unknown>): UpdateUserInput {
  const parsed: Partial<z.output<typeof updateUserSchema>> = updateUserSchema.parse(input);
  delete parsed.id;
  return parsed as UpdateUserInput;
}

// What an entry stores about the change (the id column is a BigInt, which JSON cannot carry).
const stored = (e: { before: unknown; after: unknown }) => JSON.stringify([e.before, e.after]);

describe("users service", () => {
  it("creates a user with an argon2 hash and an audit entry that holds no hash", async () => {
    const { id } = await createUser(admin, createInput({ username: "Tao.Moi" }));
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ username: "tao.moi", role: "UNIT_OFFICER", unitId, isUnitHead: true, active: true, email: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "Lúa chín vàng 2026")).toBe(true);

    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(["user.create"]);
    expect(entries[0]).toMatchObject({ userId: admin.userId, userName: admin.name, entityType: "User" });
    expect(entries[0].after).toMatchObject({ username: "tao.moi", unitId, blocIds: [] });
    expect(stored(entries[0])).not.toContain("passwordHash");
    expect(stored(entries[0])).not.toContain(user.passwordHash);
    expect(stored(entries[0])).not.toContain("Lúa chín vàng 2026");
  });

  it("refuses a username already taken, whatever its case, and changes nothing", async () => {
    await createUser(admin, createInput({ username: "trung.ten" }));
    const before = await db.user.count();
    await expect(createUser(admin, createInput({ username: "Trung.Ten", name: "Người khác" }))).rejects.toMatchObject({
      key: "users.errors.usernameTaken",
    });
    expect(await db.user.count()).toBe(before);
  });

  it("requires a unit for unit officers and refuses unit or bloc scope for other roles", () => {
    const issues = (input: Record<string, unknown>) => {
      const parsed = createUserSchema.safeParse({
        role: "UNIT_OFFICER",
        username: "x.y.z",
        name: "X",
        password: "Lúa chín vàng 2026",
        passwordConfirm: "Lúa chín vàng 2026",
        ...input,
      });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(issues({ role: "UNIT_OFFICER", unitId: "" })).toContain("unitId:validation.required");
    expect(issues({ role: "BOARD", unitId })).toContain("unitId:users.validation.unitOnlyForOfficer");
    expect(issues({ role: "COUNCIL", isUnitHead: "on" })).toContain("isUnitHead:users.validation.headOnlyForOfficer");
    expect(issues({ role: "COUNCIL", blocIds: [blocIds[0]] })).toContain("blocIds:users.validation.scopeOnlyForBoard");
    expect(issues({ role: "BOARD", allBlocs: "on" })).toEqual([]);
  });

  it("checks usernames and passwords with the agreed message keys", () => {
    const messages = (input: Record<string, unknown>) => {
      const parsed = createUserSchema.safeParse({ name: "X", role: "COUNCIL", ...input });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(messages({ username: "nguyễn", password: "abc12345", passwordConfirm: "abc12345" })).toContain("username:validation.username");
    const policy = (password: string, username = "ok.name") => messages({ username, password, passwordConfirm: password });
    expect(policy("password1")).toContain("password:validation.passwordPolicy.tooShort");
    expect(policy("ab1")).toContain("password:validation.passwordPolicy.tooShort");
    expect(policy("password12")).toContain("password:validation.passwordPolicy.common");
    expect(policy("12345678a0")).toContain("password:validation.passwordPolicy.common");
    expect(policy("MatKhau@2026")).toContain("password:validation.passwordPolicy.common");
    expect(policy("nguyenvana2026", "nguyenvana")).toContain("password:validation.passwordPolicy.containsUsername");
    expect(policy("Lúa chín vàng đồng")).toEqual([]);
    expect(messages({ username: "ok.name", password: "Lúa chín vàng đồng", passwordConfirm: "Lúa chín vàng" })).toContain(
      "passwordConfirm:users.validation.passwordMismatch",
    );
    expect(resetPasswordSchema.safeParse({ id: "x", password: "short1", passwordConfirm: "short1" }).success).toBe(false);
  });

  it("keeps the board scope in BoardAssignment and clears it when the role changes", async () => {
    const { id } = await createUser(admin, createInput({ username: "ban.tdkt", role: "BOARD", unitId: "", isUnitHead: "", blocIds }));
    expect((await db.boardAssignment.findMany({ where: { userId: id } })).map((a) => a.blocId).sort()).toEqual([...blocIds].sort());

    const update = (over: Record<string, unknown>) =>
      updateUser(admin, id, updateInput({ id, username: "ban.tdkt", name: "Cán bộ Ban", role: "BOARD", ...over }));
    await update({ allBlocs: "on", blocIds });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { allBlocs: true } })).toEqual({ allBlocs: true });
    expect(await db.boardAssignment.count({ where: { userId: id } })).toBe(0);

    await update({ blocIds: [blocIds[1]] });
    expect((await db.boardAssignment.findMany({ where: { userId: id } })).map((a) => a.blocId)).toEqual([blocIds[1]]);

    await update({ role: "UNIT_OFFICER", unitId });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ role: "UNIT_OFFICER", unitId, allBlocs: false });
    expect(await db.boardAssignment.count({ where: { userId: id } })).toBe(0);

    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.update", "user.update", "user.update"]);
    expect(entries[2].before).toMatchObject({ allBlocs: true, blocIds: [] });
    expect(entries[2].after).toMatchObject({ allBlocs: false, blocIds: [blocIds[1]] });
    for (const e of entries) expect(stored(e)).not.toContain("passwordHash");
  });

  it("does not let an administrator deactivate or demote themself", async () => {
    const { id } = await createUser(admin, createInput({ username: "quantri2", role: "ADMIN", unitId: "", isUnitHead: "" }));
    const self: AppSession = { ...admin, userId: id, username: "quantri2" };
    await expect(setUserActive(self, id, false)).rejects.toMatchObject({ key: "users.errors.selfDeactivate" });
    const demote = updateInput({ id, username: "quantri2", name: "Quản trị 2", role: "COUNCIL" });
    await expect(updateUser(self, id, demote)).rejects.toMatchObject({ key: "users.errors.selfDemote" });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { active: true, role: true } })).toEqual({ active: true, role: "ADMIN" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["user.create"]);

    // Another administrator may.
    await setUserActive(admin, id, false);
    await setUserActive(admin, id, false); // no change, no second entry
    await setUserActive(admin, id, true);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["user.create", "user.deactivate", "user.reactivate"]);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });

  it("resets a password: new hash, old password refused, audit without the hash", async () => {
    const { id } = await createUser(admin, createInput({ username: "doi.matkhau" }));
    const oldHash = (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;
    const input = resetPasswordSchema.parse({ id, password: "MoiHon2027", passwordConfirm: "MoiHon2027" });
    await resetPassword(admin, input.id, input.password);

    const newHash = (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;
    expect(newHash).not.toBe(oldHash);
    expect(newHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(newHash, "Lúa chín vàng 2026")).toBe(false);
    expect(await verifyPassword(newHash, "MoiHon2027")).toBe(true);

    const entry = (await auditOf(id)).at(-1)!;
    expect(entry.action).toBe("user.resetPassword");
    expect(entry.before).toBeNull();
    expect(entry.after).toEqual({ passwordReset: true });
    expect(stored(entry)).not.toContain(newHash);
  });

  it("refuses an archived unit for a new assignment", async () => {
    const archived = await db.unit.create({ data: { code: "OLD", name: "Đơn vị cũ", shortName: "Cũ", archivedAt: new Date() } });
    await expect(createUser(admin, createInput({ username: "don.vi.cu", unitId: archived.id }))).rejects.toMatchObject({
      key: "users.errors.unitUnavailable",
    });
  });

  it("never returns the password hash from queries", async () => {
    const { id } = await createUser(admin, createInput({ username: "truy.van" }));
    const rows = await listUsers(admin, { q: "truy" });
    expect(await listUsers({ ...admin, role: "BOARD" }, { q: "truy" })).toEqual([]);
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(rows[0]).not.toHaveProperty("passwordHash");
    const one = await getUser(admin, id);
    expect(one).not.toBeNull();
    expect(one).not.toHaveProperty("passwordHash");
  });
});

describe("a password the administrator chose", () => {
  const me = async (id: string) => db.user.findUniqueOrThrow({ where: { id } });

  it("must be changed by its owner, who proves the current one; the policy holds and the change is audited", async () => {
    const { id } = await createUser(admin, createInput({ username: "tranthi.b", name: "Trần Thị B" }));
    expect((await me(id)).mustChangePassword).toBe(true);
    const owner = { ...admin, userId: id, username: "tranthi.b", name: "Trần Thị B", role: "UNIT_OFFICER" as const };

    await expect(changeOwnPassword(owner, "sai mật khẩu", "Sông Hồng đỏ phù sa")).rejects.toMatchObject({ key: "users.errors.wrongCurrentPassword" });
    await expect(changeOwnPassword(owner, "Lúa chín vàng 2026", "Lúa chín vàng 2026")).rejects.toMatchObject({ key: "users.errors.samePassword" });
    await expect(changeOwnPassword(owner, "Lúa chín vàng 2026", "tranthi.b-2026-xyz")).rejects.toMatchObject({
      key: "validation.passwordPolicy.containsUsername",
    });
    expect((await me(id)).mustChangePassword).toBe(true);

    await changeOwnPassword(owner, "Lúa chín vàng 2026", "Sông Hồng đỏ phù sa");
    const after = await me(id);
    expect(after.mustChangePassword).toBe(false);
    expect(after.passwordChangedAt).not.toBeNull();
    expect(await verifyPassword(after.passwordHash, "Sông Hồng đỏ phù sa")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.changeOwnPassword", entityId: id } })).toBe(1);

    await resetPassword(admin, id, "Mây trắng bay qua đồi");
    expect((await me(id)).mustChangePassword).toBe(true);
  });
});
