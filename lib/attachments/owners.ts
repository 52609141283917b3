import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { EVIDENCE, EXPLANATION, type DocumentOwnerType, type OwnerType } from "@/lib/attachments/schemas";

/**
 * A conference, an activity, a library document or a regulation's version by its id, or evidence:
 * a sheet's files for one leaf (lib/evidence), or the files of a unit's answer to review (lib/evidence/explanation.ts).
 */
export type Owner =
  | { type: OwnerType | DocumentOwnerType; id: string; blocYearId: string }
  | { type: typeof EVIDENCE; sheetId: string; nodeId: string; blocYearId: string }
  | { type: typeof EXPLANATION; explanationId: string; blocYearId: string };

/** The row's owner columns (a CHECK in the schema's migration keeps them consistent). */
export function ownerColumns(owner: Owner) {
  if (owner.type === EVIDENCE) return { ownerType: owner.type, sheetId: owner.sheetId, nodeId: owner.nodeId };
  if (owner.type === EXPLANATION) return { ownerType: owner.type, explanationId: owner.explanationId };
  return { ownerType: owner.type, ownerId: owner.id };
}

/** The conference or activity a file belongs to, looked up on the server. */
export async function ownerOf(type: OwnerType, id: string): Promise<Owner> {
  const row =
    type === "conference"
      ? await db.conference.findUnique({ where: { id }, select: { blocYearId: true } })
      : await db.activity.findUnique({ where: { id }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return { type, id, blocYearId: row.blocYearId };
}
