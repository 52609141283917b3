import type { Tx } from "@/lib/db";
import { formatDateTime } from "@/lib/format/vi";
import { afterField, defineEvent } from "../define";
import { membersStaff, unitStaff } from "../recipients";
import { yearFacts, yearParams, yearPath } from "../year";

/** The registration opened, or its deadline moved: every member unit, which registers by it. */
export const registrationOpened = defineEvent({
  audit: ["registration.deadline"],
  async tell(tx, entry) {
    const year = entry.entityId ? await yearFacts(tx, entry.entityId) : null;
    if (!year) return null;
    return {
      blocYearId: year.id,
      subjectId: year.id,
      params: { ...yearParams(year), dueAt: formatDateTime(String(afterField(entry, "registrationDueAt") ?? "")) },
      link: yearPath(year, "registration"),
      recipients: await membersStaff(tx, year.id),
    };
  },
});

async function registrationYear(tx: Tx, registrationId: string | null) {
  const registration = registrationId
    ? await tx.registration.findUnique({
        where: { id: registrationId },
        select: { id: true, blocYearId: true, unitId: true, unit: { select: { name: true } } },
      })
    : null;
  const year = registration && (await yearFacts(tx, registration.blocYearId));
  return registration && year ? { registration, year } : null;
}

/** Submitted: the leader unit, which follows and compiles the registrations (never the unit itself). */
export const registrationSubmitted = defineEvent({
  audit: ["registration.submit"],
  async tell(tx, entry) {
    const found = await registrationYear(tx, entry.entityId);
    if (!found) return null;
    const { registration, year } = found;
    return {
      blocYearId: year.id,
      subjectId: registration.id,
      params: { ...yearParams(year), unit: registration.unit.name },
      link: yearPath(year, "registration"),
      recipients: year.leaderUnitId && year.leaderUnitId !== registration.unitId ? await unitStaff(tx, [year.leaderUnitId]) : [],
    };
  },
});

/** Returned: the unit's officers and head, with the reason. */
export const registrationReturned = defineEvent({
  audit: ["registration.return"],
  async tell(tx, entry) {
    const found = await registrationYear(tx, entry.entityId);
    if (!found) return null;
    const { registration, year } = found;
    return {
      blocYearId: year.id,
      subjectId: registration.id,
      params: { ...yearParams(year), reason: String(afterField(entry, "reason") ?? "") },
      link: yearPath(year, "registration"),
      recipients: await unitStaff(tx, [registration.unitId]),
    };
  },
});
