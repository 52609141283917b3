import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { OwnerType } from "@/lib/attachments/schemas";

/** "evidence": a scoring sheet's files for one leaf (ownerId "sheetId:nodeId"), stored by lib/scoring. */
export type Owner = { type: OwnerType | "evidence"; id: string; blocYearId: string };

/** The conference or activity a file belongs to, looked up on the server. */
export async function ownerOf(type: OwnerType, id: string): Promise<Owner> {
  const row =
    type === "conference"
      ? await db.conference.findUnique({ where: { id }, select: { blocYearId: true } })
      : await db.activity.findUnique({ where: { id }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return { type, id, blocYearId: row.blocYearId };
}
