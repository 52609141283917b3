import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { NO_PASSWORD, verifyPassword } from "@/lib/auth/password";
import { hashLinkToken, SET_PASSWORD_LINK_HOURS } from "@/lib/users/accounts/links";
import { issueSetPasswordLinks, useSetPasswordLink } from "@/lib/users/accounts/service";
import { accountsWithoutPassword, findUsableLink } from "@/lib/users/accounts/queries";
import { issueLinksSchema } from "@/lib/users/accounts/schemas";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/service";
import { storedActor } from "../support/actors";

// Set-password links (docs/accounts.md): issued for one account or many, stored as a hash, used
// once, voided by a newer one, refused when expired; the password policy applies as everywhere.

let admin: AppSession;
let unitId: string;
const tokenOf = (url: string) => url.split("/").at(-1)!;
let n = 0;

async function importedAccount(active = true) {
  const i = ++n;
  return db.user.create({
    data: { username: `nhap${i}`, name: `Người nhập ${i}`, role: "UNIT_OFFICER", unitId, passwordHash: NO_PASSWORD, mustChangePassword: true, active },
  });
}

async function issueFor(userIds: string[]) {
  return issueSetPasswordLinks(admin, issueLinksSchema.parse({ userIds }));
}

beforeAll(async () => {
  admin = await storedActor({ userId: "links-admin", username: "quantri.links", role: "ADMIN" });
  unitId = (await db.unit.create({ data: { code: "LK-STP", name: "Sở Tư pháp", shortName: "STP" } })).id;
});

describe("set-password links", () => {
  it("creates an account with a link instead of a password, and the link sets the password once", async () => {
    const input = createUserSchema.parse({ username: "tran.thi.b", name: "Trần Thị B", role: "UNIT_OFFICER", unitId, passwordMode: "link", active: "on" });
    const { id, issued } = await createUser(admin, input);
    expect(issued!.links).toHaveLength(1);
    const [link] = issued!.links;
    expect(link).toMatchObject({ userId: id, username: "tran.thi.b", name: "Trần Thị B", unitName: "Sở Tư pháp" });
    const token = tokenOf(link.url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored; the account has no password that could match anything.
    const stored = await db.passwordSetToken.findFirstOrThrow({ where: { userId: id } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(SET_PASSWORD_LINK_HOURS * 3600_000, -4);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe(NO_PASSWORD);
    expect(await findUsableLink(token)).toMatchObject({ username: "tran.thi.b", name: "Trần Thị B" });

    expect(await useSetPasswordLink(token, "Lúa chín vàng 2026")).toEqual({ username: "tran.thi.b" });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash, "Lúa chín vàng 2026")).toBe(true);
    expect(user.mustChangePassword).toBe(false);
    expect(user.passwordChangedAt).not.toBeNull();
    expect((await db.passwordSetToken.findUniqueOrThrow({ where: { id: stored.id } })).usedAt).not.toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityType: "User", entityId: id }, orderBy: { id: "asc" }, select: { action: true, userId: true } });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.issuePasswordLink", "user.setPasswordByLink"]);
    expect(audit.at(-1)!.userId).toBe(id);

    // Reused: the same answer as any other unusable link, and the password stays.
    await expect(useSetPasswordLink(token, "Một cụm từ khác 2027")).rejects.toMatchObject({ key: "accounts.errors.linkInvalid" });
    expect(await findUsableLink(token)).toBeNull();
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id } })).passwordHash, "Lúa chín vàng 2026")).toBe(true);
  });

  it("refuses an expired or unknown link with the same message, and changes nothing", async () => {
    const user = await importedAccount();
    const { links } = await issueFor([user.id]);
    const token = tokenOf(links[0].url);
    await db.passwordSetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(useSetPasswordLink(token, "Lúa chín vàng 2026")).rejects.toMatchObject({ key: "accounts.errors.linkInvalid" });
    await expect(useSetPasswordLink("A".repeat(43), "Lúa chín vàng 2026")).rejects.toMatchObject({ key: "accounts.errors.linkInvalid" });
    expect(await findUsableLink(token)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(NO_PASSWORD);
  });

  it("voids the earlier unused link when a new one is issued", async () => {
    const user = await importedAccount();
    const first = tokenOf((await issueFor([user.id])).links[0].url);
    const second = tokenOf((await issueFor([user.id])).links[0].url);
    await expect(useSetPasswordLink(first, "Lúa chín vàng 2026")).rejects.toMatchObject({ key: "accounts.errors.linkInvalid" });
    await useSetPasswordLink(second, "Lúa chín vàng 2026");
    const rows = await db.passwordSetToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [!!r.voidedAt, !!r.usedAt])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it("refuses a password the policy refuses, with the policy's message, and keeps the link usable", async () => {
    const user = await importedAccount();
    const token = tokenOf((await issueFor([user.id])).links[0].url);
    await expect(useSetPasswordLink(token, "ngắn")).rejects.toMatchObject({ key: "validation.passwordPolicy.tooShort" });
    await expect(useSetPasswordLink(token, "password123")).rejects.toMatchObject({ key: "validation.passwordPolicy.common" });
    await expect(useSetPasswordLink(token, `${user.username} ở Hà Nam`)).rejects.toMatchObject({
      key: "validation.passwordPolicy.containsUsername",
      fieldErrors: { password: { key: "validation.passwordPolicy.containsUsername" } },
    });
    expect(await findUsableLink(token)).not.toBeNull();
  });

  it("refuses a link of an account deactivated after it was issued", async () => {
    const user = await importedAccount();
    const token = tokenOf((await issueFor([user.id])).links[0].url);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await expect(useSetPasswordLink(token, "Lúa chín vàng 2026")).rejects.toMatchObject({ key: "accounts.errors.linkInvalid" });
  });

  it("issues links to every active account without a password at once, one audit entry each", async () => {
    const waiting = [await importedAccount(), await importedAccount()];
    const locked = await importedAccount(false);
    const before = await accountsWithoutPassword(admin);
    expect(before.ids.has(locked.id)).toBe(true);
    expect((await accountsWithoutPassword({ ...admin, role: "BOARD" })).ids.size).toBe(0);
    const { links } = await issueSetPasswordLinks(admin, issueLinksSchema.parse({ withoutPassword: "on" }));
    const ids = links.map((l) => l.userId);
    for (const u of waiting) expect(ids).toContain(u.id);
    expect(ids).not.toContain(locked.id);
    expect(links).toHaveLength(before.activeCount);
    const entries = await db.auditLog.count({ where: { action: "user.issuePasswordLink", entityId: { in: waiting.map((u) => u.id) } } });
    expect(entries).toBe(2);
  });

  it("refuses to issue for nobody and for an unknown account", async () => {
    await db.user.updateMany({ where: { passwordHash: NO_PASSWORD }, data: { active: false } });
    await expect(issueSetPasswordLinks(admin, issueLinksSchema.parse({ withoutPassword: "on" }))).rejects.toMatchObject({
      key: "accounts.errors.noneSelected",
    });
    expect(issueLinksSchema.safeParse({}).success).toBe(false);
    await expect(issueFor(["khong-ton-tai"])).rejects.toMatchObject({ key: "errors.notFound" });
  });
});
