import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readCouncilSettings } from "@/lib/council/settings";

/** The council's settings, read once per request. */
export const getCouncilSettings = cache(() => readCouncilSettings(db));

/** Every legal document on record, in the order documents cite them. */
export function listLegalDocuments() {
  return db.legalDocument.findMany({ orderBy: [{ position: "asc" }, { issuedOn: "asc" }] });
}
