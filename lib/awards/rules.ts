// The award proposal's life, as pure functions: no I/O, unit-tested. The service applies them
// inside its transaction; the page uses them to decide which forms to show.
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export type ProposalEvent = "submit" | "accept" | "return" | "decide" | "reopen";

// DRAFT → SUBMITTED → ACCEPTED → DECIDED (frozen). The board returns a submitted or accepted
// proposal with a reason (RETURNED: the leader edits and resubmits), and reopens a decided one.
const TRANSITIONS: Record<ProposalEvent, { from: readonly ProposalStatus[]; to: ProposalStatus }> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
  accept: { from: ["SUBMITTED"], to: "ACCEPTED" },
  return: { from: ["SUBMITTED", "ACCEPTED"], to: "RETURNED" },
  decide: { from: ["ACCEPTED"], to: "DECIDED" },
  reopen: { from: ["DECIDED"], to: "ACCEPTED" },
};

/** The status an event leads to, or null when the event is not allowed from `status`. */
export function transition(status: ProposalStatus, event: ProposalEvent): ProposalStatus | null {
  const t = TRANSITIONS[event];
  return t.from.includes(status) ? t.to : null;
}

/** The leader changes nominees only before submitting, or after the board returned the proposal. */
export function canEditNominees(status: ProposalStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** A decided proposal is frozen (docs/DOMAIN.md, rule 1): only the board's reopen touches it. */
export function isFrozen(status: ProposalStatus): boolean {
  return status === "DECIDED";
}
