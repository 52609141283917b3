// Demo award forms and the quotas of the demo blocs' current year: the provincial emulation flag
// (one unit) and the chairman's certificates of merit (two units), as in the typical year.
// Idempotent: rows are created when missing and never overwritten, so the board's edits stay
// and a second run changes nothing.
import type { Prisma } from "../../lib/generated/prisma/client";
import { CURRENT_YEAR, demoBlocs } from "./data";

type Tx = Prisma.TransactionClient;

const FORMS = [
  { code: "CO-TINH", name: "Cờ thi đua của Ủy ban nhân dân tỉnh", position: 0, maxCount: 1 },
  { code: "BK-TINH", name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", position: 1, maxCount: 2 },
];

export async function seedAwards(tx: Tx): Promise<void> {
  const yearIds = demoBlocs.flatMap((b) => b.years.filter((y) => y.year === CURRENT_YEAR).map((y) => y.id));
  const years = await tx.blocYear.findMany({ where: { id: { in: yearIds } }, select: { id: true } });
  for (const { code, name, position, maxCount } of FORMS) {
    // Looked up first: an upsert would still touch updatedAt.
    const form = (await tx.awardForm.findUnique({ where: { code } })) ?? (await tx.awardForm.create({ data: { code, name, position } }));
    for (const { id: blocYearId } of years) {
      await tx.awardQuota.upsert({
        where: { blocYearId_awardFormId: { blocYearId, awardFormId: form.id } },
        create: { blocYearId, awardFormId: form.id, maxCount },
        update: {},
      });
    }
  }
}
