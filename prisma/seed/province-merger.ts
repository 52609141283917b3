// The provinces' merger of 01/07/2025 in the demo (docs/reorganisation.md): by Nghị quyết số
// 202/2025/QH15 ngày 12/06/2025 của Quốc hội, Hà Nam, Nam Định and Ninh Bình became the new tỉnh
// Ninh Bình, whose council the demo's is from that day. Each Hà Nam unit of the nội chính bloc
// carries on under its Ninh Bình name (prisma/seed/data.ts holds it as the current name): a RENAME
// records the Hà Nam name as a past name ending on 01/07/2025, so documents of 2021–2024 and of
// 2025 before July print it. The three departments of the provincial government also absorb their
// Nam Định and old Ninh Bình counterparts (invented, isSample): a MERGE beside the RENAME, both
// under the department's establishing decision. Those decisions of UBND tỉnh Ninh Bình (01–03/
// QĐ-UBND of 01/07/2025) are samples, invented for the demo; the units of the courts, the
// procuracy, the police, the army and the bar only have their names recorded, by the resolution.
// Cục Thi hành án dân sự tỉnh Hà Nam had already become Thi hành án dân sự tỉnh Hà Nam on
// 01/03/2025, when the Ministry of Justice reorganised its system (120/QĐ-BTP: a sample number).
// Written only when missing, so a second run changes nothing.
import type { Prisma } from "../../lib/generated/prisma/client";
import { HN_UNITS as HN, MERGED_INTO, type DemoUnit } from "./data";

type Tx = Prisma.TransactionClient;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const MERGER_DAY = day("2025-07-01");
export const MERGER_RESOLUTION = { decisionNo: "202/2025/QH15", decisionDate: day("2025-06-12"), decisionIssuer: "Quốc hội" };
const sampleDecision = (no: string) => ({ decisionNo: `${no}/QĐ-UBND`, decisionDate: MERGER_DAY, decisionIssuer: "UBND tỉnh Ninh Bình" });

type Decision = typeof MERGER_RESOLUTION;
type PastName = { name: string; shortName: string; until: Date; decision: Decision };
type Carried = { unit: DemoUnit; pastName: string; decision: Decision; earlier?: PastName };

export const PROVINCE_MERGER: Carried[] = [
  { unit: HN.snv, pastName: "Sở Nội vụ tỉnh Hà Nam", decision: sampleDecision("01") },
  { unit: HN.ttt, pastName: "Thanh tra tỉnh Hà Nam", decision: sampleDecision("02") },
  { unit: HN.stp, pastName: "Sở Tư pháp tỉnh Hà Nam", decision: sampleDecision("03") },
  { unit: HN.cat, pastName: "Công an tỉnh Hà Nam", decision: MERGER_RESOLUTION },
  { unit: HN.qs, pastName: "Bộ Chỉ huy Quân sự tỉnh Hà Nam", decision: MERGER_RESOLUTION },
  { unit: HN.vks, pastName: "Viện Kiểm sát nhân dân tỉnh Hà Nam", decision: MERGER_RESOLUTION },
  { unit: HN.tand, pastName: "Tòa án nhân dân tỉnh Hà Nam", decision: MERGER_RESOLUTION },
  {
    unit: HN.thads,
    pastName: "Thi hành án dân sự tỉnh Hà Nam",
    decision: MERGER_RESOLUTION,
    earlier: {
      name: "Cục Thi hành án dân sự tỉnh Hà Nam",
      shortName: "Cục THADS tỉnh",
      until: day("2025-03-01"),
      decision: { decisionNo: "120/QĐ-BTP", decisionDate: day("2025-02-27"), decisionIssuer: "Bộ Tư pháp" },
    },
  },
  { unit: HN.dls, pastName: "Đoàn Luật sư tỉnh Hà Nam", decision: MERGER_RESOLUTION },
];

const slug = (unitId: string) => unitId.replace(/^unit-/, "");

/** The RENAME that retired `past` on `past.until`, and its UnitName row, when missing. */
async function seedRename(tx: Tx, unitId: string, key: string, past: PastName, validFrom: Date | null): Promise<void> {
  const changeId = `change-${slug(unitId)}-rename-${key}`;
  if (!(await tx.unitChange.findUnique({ where: { id: changeId } }))) {
    await tx.unitChange.create({ data: { id: changeId, kind: "RENAME", effectiveDate: past.until, ...past.decision, successorId: unitId } });
  }
  const nameId = `name-${slug(unitId)}-${key}`;
  if (!(await tx.unitName.findUnique({ where: { id: nameId } }))) {
    await tx.unitName.create({ data: { id: nameId, unitId, changeId, name: past.name, shortName: past.shortName, validFrom, validUntil: past.until } });
  }
}

export async function seedProvinceMerger(tx: Tx): Promise<void> {
  for (const c of PROVINCE_MERGER) {
    if (c.earlier) await seedRename(tx, c.unit.id, "2025-03", c.earlier, null);
    const past = { name: c.pastName, shortName: c.unit.shortName, until: MERGER_DAY, decision: c.decision };
    await seedRename(tx, c.unit.id, "2025", past, c.earlier?.until ?? null);
    const common = { effectiveDate: MERGER_DAY, ...c.decision, successorId: c.unit.id };
    const merged = MERGED_INTO[c.unit.id] ?? [];
    if (merged.length === 0) continue;
    const mergeId = `change-${slug(c.unit.id)}-merge-2025`;
    if (!(await tx.unitChange.findUnique({ where: { id: mergeId } }))) {
      await tx.unitChange.create({ data: { id: mergeId, kind: "MERGE", ...common, ended: { create: merged.map((u) => ({ unitId: u.id })) } } });
    }
    const ids = merged.map((u) => u.id);
    await tx.unit.updateMany({ where: { id: { in: ids }, OR: [{ archivedAt: null }, { archivedAt: { not: MERGER_DAY } }] }, data: { archivedAt: MERGER_DAY } });
  }
}
