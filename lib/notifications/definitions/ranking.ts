import type { Tx } from "@/lib/db";
import { afterField, defineEvent, type EventDefinition, type NotifyEntry } from "../define";
import { boardOf, membersStaff, unitStaff } from "../recipients";
import { yearFacts, yearParams, yearPath, type YearFacts } from "../year";
import type { Recipient } from "../define";

/** An event about a ranking snapshot, told to the audience `who` picks. */
function rankingEvent(audit: string, who: (tx: Tx, year: YearFacts) => Promise<Recipient[]>): EventDefinition {
  return defineEvent({
    audit: [audit],
    async tell(tx: Tx, entry: NotifyEntry) {
      const snapshot = entry.entityId ? await tx.rankingSnapshot.findUnique({ where: { id: entry.entityId }, select: { id: true, blocYearId: true } }) : null;
      const year = snapshot && (await yearFacts(tx, snapshot.blocYearId));
      if (!snapshot || !year) return null;
      return {
        blocYearId: year.id,
        subjectId: snapshot.id,
        params: { ...yearParams(year), reason: String(afterField(entry, "reason") ?? "") },
        link: yearPath(year, "ranking"),
        recipients: await who(tx, year),
      };
    },
  });
}

/** Signed off by the leader: the board, which approves or returns it. */
export const rankingSignedOff = rankingEvent("rankingSnapshot.signOff", (tx, year) => boardOf(tx, year.blocId));

/** Approved: every member (the leader is one), who now see the results. */
export const rankingApproved = rankingEvent("rankingSnapshot.approve", (tx, year) => membersStaff(tx, year.id));

/** Returned with a reason: the leader, who signs it off again. */
export const rankingReturned = rankingEvent("rankingSnapshot.return", (tx, year) => unitStaff(tx, [year.leaderUnitId]));
