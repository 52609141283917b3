// What scoring reads of a sheet's evidence files (written by lib/evidence): an attachment with a
// sheet and a leaf (Attachment.sheetId, nodeId) is evidence, whatever else it says.
import type { Db, Tx } from "@/lib/db";

/** Evidence file counts per node id of a sheet. */
export async function evidenceCounts(client: Db | Tx, sheetId: string): Promise<Map<string, number>> {
  const groups = await client.attachment.groupBy({ by: ["nodeId"], where: { sheetId }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.nodeId!, g._count._all]));
}

/** Evidence file counts per sheet, then per node id, for a whole year in one query. */
export async function yearEvidenceCounts(client: Db | Tx, blocYearId: string): Promise<Map<string, Map<string, number>>> {
  const groups = await client.attachment.groupBy({ by: ["sheetId", "nodeId"], where: { blocYearId, sheetId: { not: null } }, _count: { _all: true } });
  const counts = new Map<string, Map<string, number>>();
  for (const g of groups) {
    const sheet = counts.get(g.sheetId!) ?? new Map<string, number>();
    counts.set(g.sheetId!, sheet.set(g.nodeId!, g._count._all));
  }
  return counts;
}

/** A sheet's evidence files, oldest first, each with its leaf's node id. */
export function sheetEvidence(client: Db | Tx, sheetId: string) {
  return client.attachment.findMany({ where: { sheetId }, select: { id: true, fileName: true, nodeId: true }, orderBy: { createdAt: "asc" } });
}
