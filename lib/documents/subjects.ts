import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { holdYear } from "@/lib/blocs/year-lock";
import type { DocumentSubject } from "@/lib/documents/definition";
import type { DocumentKind } from "@/lib/documents/kinds";
import { DOCUMENTS } from "@/lib/documents/registry";
import { NotFoundError } from "@/lib/errors";

// The subject a document is generated from, looked up on the server from the id the browser sends:
// its bloc year (for the permission check and the row's scope) and whether it is issued.

export async function loadDocumentSubject(kind: DocumentKind, id: string, client: Db | Tx = db): Promise<DocumentSubject> {
  const found = await DOCUMENTS[kind].subject(client, id);
  if (!found) throw new NotFoundError();
  return found;
}

/**
 * Inside a write of the document's date, before its subject is read for the last time: the year's
 * row (FOR SHARE: closing the year, an UPDATE of that row, waits; so does an approval, which takes
 * it exclusively) and then the row whose status issues the document (a pledge being signed or a
 * proposal being submitted UPDATEs it), so the date lands before the document is issued or sees
 * that it is (docs/SECURITY.md, "Writes against a lock"). The year first, as every holder takes it.
 */
export async function holdDocumentSubject(tx: Tx, kind: DocumentKind, id: string) {
  await holdYear(tx, (await loadDocumentSubject(kind, id, tx)).year.id, "status");
  await DOCUMENTS[kind].hold(tx, id);
}
