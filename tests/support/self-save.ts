import type { AppSession } from "@/lib/auth/session-types";
import type { EntryInput } from "@/lib/scoring/schemas";
import * as scoring from "@/lib/scoring/service";
import { loadSelfSaveContext } from "@/lib/scoring/sheet-data";

/** A unit's save as saveSelfAction makes it, without the permission check: the context first, then the service. */
export async function saveSelf(actor: AppSession, blocYearId: string, unitId: string, version: number, entries: readonly EntryInput[], now?: Date) {
  return scoring.saveSelf(
    actor,
    await loadSelfSaveContext(
      blocYearId,
      entries.map((e) => e.code),
    ),
    unitId,
    version,
    entries,
    now,
  );
}
