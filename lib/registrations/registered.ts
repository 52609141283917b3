import type { Db, Tx } from "@/lib/db";

// What the units of a bloc year registered (submitted registrations only), for the award
// proposal: a nominee for a title its unit did not register is flagged with the reason
// (docs/DOMAIN.md, "Registration"). Read inside a loader that has already scoped the year.

export type RegisteredTitles = ReadonlyMap<string, ReadonlySet<string>>;

/** Unit → the award forms of its submitted registration; a unit without one is absent. */
export async function registeredTitles(client: Db | Tx, blocYearId: string): Promise<RegisteredTitles> {
  const rows = await client.registration.findMany({
    where: { blocYearId, status: "SUBMITTED" },
    select: { unitId: true, titles: { select: { awardFormId: true } } },
  });
  return new Map(rows.map((r) => [r.unitId, new Set(r.titles.map((t) => t.awardFormId))]));
}

export type RegistrationFlag = "noRegistration" | "notRegistered";

/** Why a nominee stands out against the registrations: its unit submitted none, or not this title; null when registered. */
export function registrationFlag(registered: RegisteredTitles, nominee: { unitId: string; awardFormId: string }): RegistrationFlag | null {
  const titles = registered.get(nominee.unitId);
  if (!titles) return "noRegistration";
  return titles.has(nominee.awardFormId) ? null : "notRegistered";
}
