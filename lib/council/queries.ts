import "server-only";
import { ISSUED_KINDS, issuerStyleFor, parseIssuerStyles, type IssuerStyle } from "@/lib/council/document-issuers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { canManageCouncil } from "@/lib/council/policy";
import { readCouncilSettings } from "@/lib/council/settings";

/** The council's settings, read once per request. */
export const getCouncilSettings = cache(() => readCouncilSettings(db));

/** Who heads each kind of document: the council's choice, else the practice's default; the defaults for a caller who does not keep them. */
export async function getDocumentIssuers(session: AppSession) {
  const row = canManageCouncil(session) ? await db.councilSettings.findUnique({ where: { id: 1 }, select: { documentIssuers: true } }) : null;
  const stored = parseIssuerStyles(row?.documentIssuers);
  return Object.fromEntries(ISSUED_KINDS.map((k) => [k, issuerStyleFor(k, stored)])) as Record<(typeof ISSUED_KINDS)[number], IssuerStyle>;
}

/** Every legal document on record, in the order documents cite them; none for a caller who does not keep them. */
export async function listLegalDocuments(session: AppSession) {
  if (!canManageCouncil(session)) return [];
  return db.legalDocument.findMany({ orderBy: [{ position: "asc" }, { issuedOn: "asc" }] });
}
