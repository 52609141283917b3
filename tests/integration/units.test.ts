import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUnit, setUnitArchived, updateUnit } from "@/lib/units/service";
import { createUnitSchema, unitFields } from "@/lib/units/schemas";
import { actor } from "../support/actors";

const board = actor({ name: "Cán bộ Ban" });

// These cases create many units of one name; the same-name warning is tested in same-name.test.ts.
const base = { code: "hn-stp", name: "Sở Tư pháp tỉnh Hà Nam", shortName: "STP", email: "" };
const input = (over: Record<string, unknown> = {}) => createUnitSchema.parse({ ...base, confirm: "true", ...over });
const changes = (over: Record<string, unknown> = {}) => unitFields.parse({ ...base, ...over });

describe("units service", () => {
  it("creates a unit with its audit entry in the same transaction", async () => {
    const { id } = await createUnit(board, input());
    const unit = await db.unit.findUniqueOrThrow({ where: { id } });
    expect(unit.code).toBe("HN-STP");
    expect(unit.email).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["unit.create"]);
    expect(audit[0].userName).toBe("Cán bộ Ban");
  });

  it("refuses a duplicate code and changes nothing", async () => {
    await createUnit(board, input({ code: "DUP" }));
    const before = await db.unit.count();
    await expect(createUnit(board, input({ code: "dup", name: "Khác" }))).rejects.toMatchObject({ key: "units.errors.codeTaken" });
    expect(await db.unit.count()).toBe(before);
  });

  it("records before and after on update and archive", async () => {
    const { id } = await createUnit(board, input({ code: "UPD" }));
    await updateUnit(board, id, changes({ code: "UPD", name: "Sở Tư pháp (mới)" }));
    await setUnitArchived(board, id, true);
    const entries = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["unit.create", "unit.update", "unit.archive"]);
    expect((entries[1].before as { name: string }).name).toBe("Sở Tư pháp tỉnh Hà Nam");
    expect((entries[1].after as { name: string }).name).toBe("Sở Tư pháp (mới)");
    expect((await db.unit.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
  });

  it("rejects bad input with message keys", () => {
    const parsed = createUnitSchema.safeParse({ code: "có dấu", name: "", shortName: "x", email: "not-an-email" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toContain("code:validation.code");
    expect(messages).toContain("name:validation.required");
    expect(messages).toContain("email:validation.email");
  });

  it("keeps the audit log append-only", async () => {
    await createUnit(board, input({ code: "AUD" }));
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE "AuditLog" SET action = 'x'`).rejects.toThrow();
  });
});
