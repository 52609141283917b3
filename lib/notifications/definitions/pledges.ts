import type { Tx } from "@/lib/db";
import { afterField, defineEvent } from "../define";
import { boardOf, membersStaff, unitStaff } from "../recipients";
import { yearFacts, yearParams, yearPath } from "../year";

async function pledgeYear(tx: Tx, pledgeId: string | null) {
  const pledge = pledgeId
    ? await tx.pledge.findUnique({ where: { id: pledgeId }, select: { id: true, blocYearId: true, status: true, signedAt: true } })
    : null;
  const year = pledge && (await yearFacts(tx, pledge.blocYearId));
  return pledge && year ? { pledge, year } : null;
}

/** Open for signing: every member unit's officers and head, who sign it. */
export const pledgeOpened = defineEvent({
  audit: ["pledge.open"],
  async tell(tx, entry) {
    const found = await pledgeYear(tx, entry.entityId);
    // Every member had signed before a reopen: it opens signed, nobody has anything to sign.
    if (!found || afterField(entry, "status") !== "OPEN") return null;
    const { pledge, year } = found;
    return { blocYearId: year.id, subjectId: pledge.id, params: yearParams(year), link: yearPath(year, "pledge"), recipients: await membersStaff(tx, year.id) };
  },
});

/** Signed by every member: the leader unit, which runs the year, and the bloc's board. */
export const pledgeSigned = defineEvent({
  audit: ["pledge.sign"],
  async tell(tx, entry) {
    const found = await pledgeYear(tx, entry.entityId);
    const signedAt = found?.pledge.signedAt;
    if (!found || !signedAt || afterField(entry, "pledgeStatus") !== "SIGNED") return null;
    const { pledge, year } = found;
    return {
      blocYearId: year.id,
      subjectId: pledge.id,
      params: yearParams(year),
      link: yearPath(year, "pledge"),
      recipients: [...(await unitStaff(tx, [year.leaderUnitId])), ...(await boardOf(tx, year.blocId))],
      // The last signatures recorded together each write an entry saying the pledge is signed.
      key: `pledge-signed:${pledge.id}:${signedAt.toISOString()}`,
    };
  },
});
