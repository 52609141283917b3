// The 2025 reorganisation in the demo (docs/reorganisation.md): Sở Lao động - Thương binh và Xã hội
// tỉnh Hà Nam (invented, isSample) merged into Sở Nội vụ tỉnh Hà Nam from 01/03/2025, as the
// provincial departments merged that spring; and the re-division of the blocs for 2026 by the new
// tỉnh Ninh Bình's council, which placed Đoàn Luật sư (tỉnh Ninh Bình since the provinces' merger,
// ./province-merger.ts) in the nội chính bloc. Written only when missing, so a second run changes nothing.
import type { Prisma } from "../../lib/generated/prisma/client";
import { HN_BLOC, HN_DOAN_LUAT_SU, HN_LDTBXH, HN_SO_NOI_VU } from "./data";

type Tx = Prisma.TransactionClient;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const DEMO_MERGE = {
  id: "change-hn-so-lao-dong-2025",
  kind: "MERGE" as const,
  effectiveDate: day("2025-03-01"),
  decisionNo: "25/QĐ-UBND",
  decisionDate: day("2025-02-26"),
  decisionIssuer: "UBND tỉnh Hà Nam",
  successorId: HN_SO_NOI_VU,
};

export const DEMO_REDIVISION = {
  id: "redivision-2026",
  year: 2026,
  effectiveDate: day("2026-01-01"),
  decisionNo: "05/QĐ-HĐTĐKT",
  decisionDate: day("2025-12-22"),
  decisionIssuer: "Hội đồng Thi đua - Khen thưởng tỉnh Ninh Bình",
};

export async function seedReorganisation(tx: Tx): Promise<void> {
  if (!(await tx.unitChange.findUnique({ where: { id: DEMO_MERGE.id } }))) {
    await tx.unitChange.create({ data: { ...DEMO_MERGE, ended: { create: [{ unitId: HN_LDTBXH.id }] } } });
  }
  const merged = await tx.unit.findUnique({ where: { id: HN_LDTBXH.id }, select: { archivedAt: true } });
  if (merged?.archivedAt?.getTime() !== DEMO_MERGE.effectiveDate.getTime()) {
    await tx.unit.update({ where: { id: HN_LDTBXH.id }, data: { archivedAt: DEMO_MERGE.effectiveDate } });
  }
  if (!(await tx.blocRedivision.findUnique({ where: { id: DEMO_REDIVISION.id } }))) {
    const to = `${HN_BLOC.replace(/^bloc-/, "year-")}-2026`;
    await tx.blocRedivision.create({
      data: { ...DEMO_REDIVISION, moves: { create: [{ id: "redivision-2026-doan-luat-su", unitId: HN_DOAN_LUAT_SU, toBlocYearId: to }] } },
    });
  }
}
