import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toDateInputValue } from "@/lib/format/vi";
import { generateDocument } from "@/lib/documents/generate";
import { listUnitChanges } from "@/lib/reorg/queries";
import { MERGED_INTO } from "@/prisma/seed/data";
import { seedDemo } from "@/prisma/seed/demo";
import { PROVINCE_MERGER } from "@/prisma/seed/province-merger";
import { actor } from "../support/actors";
import { docxText, unzip } from "../support/document-files";

// The demo's provinces' merger of 01/07/2025 (prisma/seed/province-merger.ts): Hà Nam's units carry
// on under Ninh Bình names, their Hà Nam names are past names, and documents print the name of
// their time: a 2024 year's plan the Hà Nam names, a 2026 year's the Ninh Bình ones.

const SLOW = 120_000;
const HN_YEAR = (year: number) => `year-noi-chinh-ha-nam-${year}`;

async function planText(blocYearId: string) {
  const file = await generateDocument("plan", blocYearId, "docx", {});
  return docxText(unzip(Buffer.from(file!.bytes)).get("word/document.xml")!.toString("utf8"));
}

describe("demo seed: the provinces' merger of 01/07/2025", () => {
  beforeAll(async () => {
    await seedDemo(db, { reset: false });
  }, SLOW);

  it("keeps the Ninh Bình name on the unit and the Hà Nam name as a past name ending on 01/07/2025", async () => {
    for (const c of PROVINCE_MERGER) {
      const pastNames = { orderBy: { validUntil: "asc" }, include: { change: true } } as const;
      const unit = await db.unit.findUniqueOrThrow({ where: { id: c.unit.id }, include: { pastNames } });
      expect(unit.name).toMatch(/tỉnh Ninh Bình$/);
      expect(unit.archivedAt).toBeNull();
      const past = unit.pastNames.at(-1)!;
      expect(past).toMatchObject({ name: c.pastName });
      expect(past.name).toMatch(/tỉnh Hà Nam$/);
      expect(toDateInputValue(past.validUntil)).toBe("2025-07-01");
      expect(past.change).toMatchObject({ kind: "RENAME", successorId: unit.id, decisionNo: c.decision.decisionNo });
      expect(unit.pastNames).toHaveLength(c.earlier ? 2 : 1);
      expect(unit.pastNames[0].validFrom).toBeNull();
    }
  });

  it("merges the invented Nam Định and old Ninh Bình departments into the Hà Nam ones, as samples", async () => {
    for (const [successorId, units] of Object.entries(MERGED_INTO)) {
      for (const u of units) {
        const row = await db.unit.findUniqueOrThrow({ where: { id: u.id }, include: { endedBy: { include: { change: true } }, memberships: true } });
        expect(row.isSample).toBe(true);
        expect(row.memberships).toEqual([]);
        expect(toDateInputValue(row.archivedAt!)).toBe("2025-07-01");
        expect(row.endedBy!.change).toMatchObject({ kind: "MERGE", successorId, decisionIssuer: "UBND tỉnh Ninh Bình" });
      }
    }
    const resolution = await db.unitChange.findMany({ where: { decisionNo: "202/2025/QH15" } });
    expect(resolution.length).toBeGreaterThan(0);
    for (const c of resolution) expect([c.decisionIssuer, toDateInputValue(c.decisionDate)]).toEqual(["Quốc hội", "2025-06-12"]);
  });

  it("prints the names of each year in its documents", async () => {
    const y2024 = await planText(HN_YEAR(2024));
    expect(y2024).toContain("Công an tỉnh Hà Nam");
    expect(y2024).toContain("Bộ Chỉ huy Quân sự tỉnh Hà Nam");
    expect(y2024).not.toContain("Công an tỉnh Ninh Bình");
    const y2026 = await planText(HN_YEAR(2026));
    expect(y2026).toContain("Viện Kiểm sát nhân dân tỉnh Ninh Bình");
    expect(y2026).toContain("Tòa án nhân dân tỉnh Ninh Bình");
    expect(y2026).not.toContain("Viện Kiểm sát nhân dân tỉnh Hà Nam");
  });

  it("names Thi hành án dân sự tỉnh as on each day of 2025", async () => {
    const names = await db.unitName.findMany({ where: { unitId: "unit-hn-thi-hanh-an" }, orderBy: { validUntil: "asc" } });
    const periods = names.map((n) => [n.name, n.validFrom && toDateInputValue(n.validFrom), toDateInputValue(n.validUntil)]);
    expect(periods).toEqual([
      ["Cục Thi hành án dân sự tỉnh Hà Nam", null, "2025-03-01"],
      ["Thi hành án dân sự tỉnh Hà Nam", "2025-03-01", "2025-07-01"],
    ]);
  });

  it("lists each change with the names of its day", async () => {
    const changes = await listUnitChanges(actor({ role: "ADMIN" }));
    expect(await listUnitChanges(actor({ role: "BOARD", allBlocs: false, assignedBlocIds: [] }))).toEqual([]);
    const march = changes.find((c) => c.id === "change-hn-so-lao-dong-2025")!;
    expect(march.successor!.name).toBe("Sở Nội vụ tỉnh Hà Nam");
    const july = changes.find((c) => c.id === "change-hn-so-noi-vu-merge-2025")!;
    expect(july.successor!.name).toBe("Sở Nội vụ tỉnh Ninh Bình");
    expect(july.ended.map((e) => e.unit.name).sort()).toEqual(["Sở Nội vụ tỉnh Nam Định", "Sở Nội vụ tỉnh Ninh Bình (cũ)"]);
  });

  it(
    "changes nothing on a second run",
    async () => {
      const count = () =>
        Promise.all([db.unitChange.count(), db.unitChangeUnit.count(), db.unitName.count(), db.unit.count({ where: { archivedAt: { not: null } } })]);
      const before = await count();
      await seedDemo(db, { reset: false });
      expect(await count()).toEqual(before);
    },
    SLOW,
  );
});
