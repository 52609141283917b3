import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actor } from "../support/actors";
import { readCouncilSettings, settingsFromEnvironment } from "@/lib/council/settings";
import { councilSettingsSchema, createLegalDocumentSchema, updateLegalDocumentSchema } from "@/lib/council/schemas";
import { createLegalDocument, deleteLegalDocument, updateCouncilSettings, updateLegalDocument } from "@/lib/council/service";

const admin = actor({ userId: "u-admin", username: "admin", name: "Quản trị viên", role: "ADMIN", allBlocs: false });

const law = { number: "06/2022/QH15", title: "Luật Thi đua, khen thưởng", issuedOn: "2022-06-15", inForceFrom: "2024-01-01", inForceUntil: "" };

describe("council settings", () => {
  it("shows the environment's values until saved, then the stored ones, audited with both", async () => {
    expect(await readCouncilSettings(db)).toEqual(settingsFromEnvironment());
    const input = councilSettingsSchema.parse({
      councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh",
      boardName: "Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Quảng Ninh",
      place: "Quảng Ninh",
      timeZone: "Asia/Ho_Chi_Minh",
      uploadQuotaMb: "800",
    });
    await updateCouncilSettings(admin, input);
    expect(await readCouncilSettings(db)).toEqual(input);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "councilSettings.update" } });
    expect(entry.before).toMatchObject({ councilName: settingsFromEnvironment().councilName });
    expect(entry.after).toMatchObject({ place: "Quảng Ninh" });
  });

  it("refuses an unknown time zone and blank names", () => {
    const issues = councilSettingsSchema.safeParse({ councilName: " ", boardName: "Ban", place: "Quảng Ninh", timeZone: "Asia/Not_A_Zone", uploadQuotaMb: "" })
      .error?.issues;
    expect(issues?.map((i) => `${i.path.join(".")}:${i.message}`).sort()).toEqual([
      "councilName:validation.required",
      "timeZone:validation.invalidChoice",
      "uploadQuotaMb:validation.required",
    ]);
  });
});

describe("legal documents", () => {
  it("records, replaces and deletes a cited document, each step audited", async () => {
    const { id } = await createLegalDocument(admin, createLegalDocumentSchema.parse(law));
    const stored = await db.legalDocument.findUniqueOrThrow({ where: { id } });
    expect(stored.inForceFrom.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(stored.inForceUntil).toBeNull();

    expect(stored.issuer).toBeNull();

    await updateLegalDocument(admin, id, updateLegalDocumentSchema.parse({ ...law, id, inForceUntil: "2030-01-01", issuer: " Quốc hội " }));
    const updated = await db.legalDocument.findUniqueOrThrow({ where: { id } });
    expect(updated.inForceUntil?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(updated.issuer).toBe("Quốc hội");

    await deleteLegalDocument(admin, id);
    expect(await db.legalDocument.count({ where: { id } })).toBe(0);
    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["legalDocument.create", "legalDocument.update", "legalDocument.delete"]);
  });

  it("refuses dates out of order or malformed", () => {
    const messages = (over: Record<string, string>) =>
      createLegalDocumentSchema.safeParse({ ...law, ...over }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
    expect(messages({ inForceUntil: "2023-12-31" })).toEqual(["inForceUntil:council.legal.untilBeforeFrom"]);
    expect(messages({ inForceFrom: "2022-01-01" })).toEqual(["inForceFrom:council.legal.fromBeforeIssued"]);
    expect(messages({ issuedOn: "31/02/2022" })).toEqual(["issuedOn:validation.date"]);
  });
});
