import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, type YearContext } from "@/lib/blocs/policy";
import type { DocumentKind } from "@/lib/documents/kinds";
import { DOCUMENT_DATE_PERMISSION } from "@/lib/documents/policy";

/**
 * Who files a document's signed copy (uploads, replaces or removes it): whoever prepares the
 * document (its permission in the table, DOCUMENT_DATE_PERMISSION): the clerk who had it signed.
 */
export function canFileSignedCopy(session: AppSession, kind: DocumentKind, year: YearContext) {
  return canInYear(session, DOCUMENT_DATE_PERMISSION[kind], year);
}
