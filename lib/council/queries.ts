import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { canManageCouncil } from "@/lib/council/policy";
import { readCouncilSettings } from "@/lib/council/settings";

/** The council's settings, read once per request. */
export const getCouncilSettings = cache(() => readCouncilSettings(db));

/** Every legal document on record, in the order documents cite them; none for a caller who does not keep them. */
export async function listLegalDocuments(session: AppSession) {
  if (!canManageCouncil(session)) return [];
  return db.legalDocument.findMany({ orderBy: [{ position: "asc" }, { issuedOn: "asc" }] });
}
