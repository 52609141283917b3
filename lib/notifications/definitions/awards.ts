import type { Tx } from "@/lib/db";
import { afterField, defineEvent, type EventDefinition, type NotifyEntry, type Recipient } from "../define";
import { boardOf, membersStaff, unitStaff } from "../recipients";
import { yearFacts, yearParams, yearPath, type YearFacts } from "../year";

/** An event about the year's award proposal, told to the audience `who` picks. */
function proposalEvent(audit: string, who: (tx: Tx, year: YearFacts) => Promise<Recipient[]>): EventDefinition {
  return defineEvent({
    audit: [audit],
    async tell(tx: Tx, entry: NotifyEntry) {
      const proposal = entry.entityId
        ? await tx.awardProposal.findUnique({ where: { id: entry.entityId }, select: { id: true, blocYearId: true, number: true, decisionNumber: true } })
        : null;
      const year = proposal && (await yearFacts(tx, proposal.blocYearId));
      if (!proposal || !year) return null;
      return {
        blocYearId: year.id,
        subjectId: proposal.id,
        params: { ...yearParams(year), reason: String(afterField(entry, "reason") ?? ""), decision: proposal.decisionNumber ?? "" },
        link: yearPath(year, "awards"),
        recipients: await who(tx, year),
      };
    },
  });
}

const leader = (tx: Tx, year: YearFacts) => unitStaff(tx, [year.leaderUnitId]);

/** Submitted by the leader: the board, which accepts or returns it. */
export const proposalSubmitted = proposalEvent("proposal.submit", (tx, year) => boardOf(tx, year.blocId));
export const proposalReturned = proposalEvent("proposal.return", leader);
export const proposalAccepted = proposalEvent("proposal.accept", leader);
/** Decided by the council: every member, whose awards it names. */
export const proposalDecided = proposalEvent("proposal.decide", (tx, year) => membersStaff(tx, year.id));
