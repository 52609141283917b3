"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { canDecideProposal, canDraftProposal, canManageAwardForms, canSetQuotas } from "@/lib/awards/policy";
import {
  addNomineeSchema,
  archiveAwardFormSchema,
  clearQuotaSchema,
  createAwardFormSchema,
  createProposalSchema,
  decideProposalSchema,
  moveNomineeSchema,
  nomineeSchema,
  proposalVersionSchema,
  reasonSchema,
  setQuotaSchema,
  submitProposalSchema,
  updateAwardFormSchema,
} from "@/lib/awards/schemas";
import * as catalog from "@/lib/awards/catalog-service";
import * as service from "@/lib/awards/service";

// The bloc year a proposal or a nominee belongs to, looked up on the server: the browser's ids prove nothing.
async function yearOfProposal(proposalId: string) {
  const proposal = await db.awardProposal.findUnique({ where: { id: proposalId }, select: { blocYearId: true } });
  if (!proposal) throw new NotFoundError();
  return loadYearContext(proposal.blocYearId);
}

async function yearOfNominee(nomineeId: string) {
  const nominee = await db.awardNominee.findUnique({ where: { id: nomineeId }, select: { proposal: { select: { blocYearId: true } } } });
  if (!nominee) throw new NotFoundError();
  return loadYearContext(nominee.proposal.blocYearId);
}

function revalidate(year: { blocId: string; year: number }) {
  // The year's overview shows the proposal's stage too.
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

// ── Catalogue of award forms ──

export const createAwardFormAction = action(createAwardFormSchema, async (input, session) => {
  authorize(canManageAwardForms(session));
  const result = await catalog.createAwardForm(session, input);
  revalidatePath("/award-forms");
  return result;
});

export const updateAwardFormAction = action(updateAwardFormSchema, async ({ id, ...input }, session) => {
  authorize(canManageAwardForms(session));
  const result = await catalog.updateAwardForm(session, id, input);
  revalidatePath("/award-forms");
  return result;
});

export const archiveAwardFormAction = action(archiveAwardFormSchema, async ({ id, archived }, session) => {
  authorize(canManageAwardForms(session));
  const result = await catalog.setAwardFormArchived(session, id, archived);
  revalidatePath("/award-forms");
  return result;
});

// ── Quotas of a bloc year ──

export const setQuotaAction = action(setQuotaSchema, async ({ blocYearId, awardFormId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canSetQuotas(session, year));
  const result = await catalog.setQuota(session, blocYearId, awardFormId, input);
  revalidate(year);
  return result;
});

export const clearQuotaAction = action(clearQuotaSchema, async ({ blocYearId, awardFormId }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canSetQuotas(session, year));
  const result = await catalog.clearQuota(session, blocYearId, awardFormId);
  revalidate(year);
  return result;
});

// ── The proposal: the leader drafts and submits ──

export const createProposalAction = action(createProposalSchema, async ({ blocYearId }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canDraftProposal(session, year));
  const result = await service.createProposal(session, blocYearId);
  revalidate(year);
  return result;
});

export const addNomineeAction = action(addNomineeSchema, async ({ proposalId, version, unitId, awardFormId }, session) => {
  const year = await yearOfProposal(proposalId);
  authorize(canDraftProposal(session, year));
  const result = await service.addNominee(session, proposalId, version, unitId, awardFormId);
  revalidate(year);
  return result;
});

export const removeNomineeAction = action(nomineeSchema, async ({ nomineeId, version }, session) => {
  const year = await yearOfNominee(nomineeId);
  authorize(canDraftProposal(session, year));
  const result = await service.removeNominee(session, nomineeId, version);
  revalidate(year);
  return result;
});

export const moveNomineeAction = action(moveNomineeSchema, async ({ nomineeId, version, direction }, session) => {
  const year = await yearOfNominee(nomineeId);
  authorize(canDraftProposal(session, year));
  const result = await service.moveNominee(session, nomineeId, version, direction);
  revalidate(year);
  return result;
});

export const submitProposalAction = action(submitProposalSchema, async ({ proposalId, version, number }, session) => {
  const year = await yearOfProposal(proposalId);
  authorize(canDraftProposal(session, year));
  const result = await service.submitProposal(session, proposalId, version, number);
  revalidate(year);
  return result;
});

// ── The board decides ──

export const acceptProposalAction = action(proposalVersionSchema, async ({ proposalId, version }, session) => {
  const year = await yearOfProposal(proposalId);
  authorize(canDecideProposal(session, year));
  const result = await service.acceptProposal(session, proposalId, version);
  revalidate(year);
  return result;
});

export const returnProposalAction = action(reasonSchema, async ({ proposalId, version, reason }, session) => {
  const year = await yearOfProposal(proposalId);
  authorize(canDecideProposal(session, year));
  const result = await service.returnProposal(session, proposalId, version, reason);
  revalidate(year);
  return result;
});

export const decideProposalAction = action(decideProposalSchema, async ({ proposalId, version, ...input }, session) => {
  const year = await yearOfProposal(proposalId);
  authorize(canDecideProposal(session, year));
  const result = await service.decideProposal(session, proposalId, version, input);
  revalidate(year);
  return result;
});

export const reopenProposalAction = action(reasonSchema, async ({ proposalId, version, reason }, session) => {
  const year = await yearOfProposal(proposalId);
  authorize(canDecideProposal(session, year));
  const result = await service.reopenProposal(session, proposalId, version, reason);
  revalidate(year);
  return result;
});
