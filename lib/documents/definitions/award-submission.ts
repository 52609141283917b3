import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { defineDocument, subjectYear } from "../definition";
import { awardSubmissionDocument } from "../content/award-submission";
import { loadAwardSubmissionDoc } from "../data";

/** A proposal (and so its submission and achievement reports) is issued once sent to the board, until it comes back. */
export const proposalIssued = (status: ProposalStatus) => status !== "DRAFT" && status !== "RETURNED";

/** Tờ trình đề nghị khen thưởng: generated from the award proposal, part of the award dossier. */
export const awardSubmission = defineDocument({
  load: (id, visible, viewer) => (viewer ? loadAwardSubmissionDoc(id, visible, viewer) : Promise.resolve(null)),
  model: awardSubmissionDocument,
  fileName: (data) => ({ what: "tờ trình đề nghị khen thưởng", code: data.blocYear.bloc.code, when: String(data.blocYear.year) }),
  subject: (c, id) => c.awardProposal.findUnique({ where: { id }, select: { status: true, blocYear: subjectYear } }),
  issued: proposalIssued,
  // Submitting UPDATEs the proposal.
  hold: (tx, id) => tx.$queryRaw`SELECT id FROM "AwardProposal" WHERE id = ${id} FOR SHARE`,
});
