// Writes to the award proposal of a bloc year. Each one takes the proposal at the version the
// caller saw and bumps it (a stale write is refused), runs in one transaction with its audit
// entry, and is refused on a decided proposal — that refusal is itself logged (docs/DOMAIN.md, rule 1;
// proposal-claim.ts).
import { parseTypedNumber, takeNumber } from "@/lib/documents/numbering";
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { checkNominees, draftNominees, problemMessage } from "@/lib/awards/quota";
import { claim, claimEditable, next, write } from "@/lib/awards/proposal-claim";
import type { DecisionInput } from "@/lib/awards/schemas";
import { approvedRanking, formQuotas } from "@/lib/awards/sources";

async function memberCount(tx: Tx, blocYearId: string) {
  return tx.blocMember.count({ where: { blocYearId } });
}

async function nomineesOf(tx: Tx, proposalId: string) {
  return tx.awardNominee.findMany({
    where: { proposalId },
    orderBy: [{ awardForm: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
    include: { unit: { select: { name: true } }, awardForm: { select: { code: true, name: true } } },
  });
}

const brief = (n: Awaited<ReturnType<typeof nomineesOf>>[number]) => ({
  id: n.id,
  unitId: n.unitId,
  unit: n.unit.name,
  form: n.awardForm.code,
  position: n.position,
  awarded: n.awarded,
});

/** The leader's draft, pre-filled from the approved ranking within the quotas; one per bloc year. */
export async function createProposal(actor: AppSession, blocYearId: string) {
  return db.$transaction(async (tx) => {
    if (!(await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { id: true } }))) throw new NotFoundError();
    if (await tx.awardProposal.findUnique({ where: { blocYearId }, select: { id: true } })) throw new DomainError("awards.errors.exists");
    const ranking = await approvedRanking(tx, blocYearId);
    if (!ranking) throw new DomainError("awards.errors.rankingNotApproved");
    const quotas = (await formQuotas(tx, blocYearId, await memberCount(tx, blocYearId))).filter((f) => !f.archived);
    const drafted = draftNominees(ranking.data.rows, quotas);
    const proposal = await tx.awardProposal.create({
      data: {
        blocYearId,
        rankingId: ranking.id,
        nominees: { create: drafted.map((n, position) => ({ unitId: n.unitId, awardFormId: n.awardFormId, position })) },
      },
    });
    await writeAudit(tx, actor, {
      action: "proposal.create",
      entityType: "AwardProposal",
      entityId: proposal.id,
      after: { ...proposal, nominees: (await nomineesOf(tx, proposal.id)).map(brief) },
    });
    return { id: proposal.id, nominees: drafted.length };
  });
}

export async function addNominee(actor: AppSession, proposalId: string, version: number, unitId: string, awardFormId: string) {
  return write(actor, "proposal.nominee.add", async (tx) => {
    const proposal = await claimEditable(tx, proposalId, version);
    const member = await tx.blocMember.findUnique({
      where: { blocYearId_unitId: { blocYearId: proposal.blocYearId, unitId } },
      include: { unit: { select: { name: true } } },
    });
    if (!member) throw new DomainError("awards.errors.notMember");
    const form = await tx.awardForm.findUnique({ where: { id: awardFormId } });
    if (!form) throw new NotFoundError();
    if (form.archivedAt) throw new DomainError("awards.errors.formArchived", { form: form.name });
    if (await tx.awardNominee.findUnique({ where: { proposalId_unitId_awardFormId: { proposalId, unitId, awardFormId } } })) {
      throw new DomainError("awards.errors.alreadyNominated", { unit: member.unit.name, form: form.name });
    }
    const last = await tx.awardNominee.aggregate({ where: { proposalId }, _max: { position: true } });
    const nominee = await tx.awardNominee.create({ data: { proposalId, unitId, awardFormId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, actor, {
      action: "proposal.nominee.add",
      entityType: "AwardProposal",
      entityId: proposalId,
      after: { ...nominee, unit: member.unit.name, form: form.code },
    });
    return { id: nominee.id };
  });
}

async function nomineeOf(tx: Tx, nomineeId: string) {
  const nominee = await tx.awardNominee.findUnique({ where: { id: nomineeId } });
  if (!nominee) throw new NotFoundError();
  return nominee;
}

export async function removeNominee(actor: AppSession, nomineeId: string, version: number) {
  return write(actor, "proposal.nominee.remove", async (tx) => {
    const before = await nomineeOf(tx, nomineeId);
    await claimEditable(tx, before.proposalId, version);
    await tx.awardNominee.delete({ where: { id: nomineeId } });
    await writeAudit(tx, actor, { action: "proposal.nominee.remove", entityType: "AwardProposal", entityId: before.proposalId, before });
    return { id: nomineeId };
  });
}

/** Up or down among the nominees of the same award form (the order the dossier lists them in). */
export async function moveNominee(actor: AppSession, nomineeId: string, version: number, direction: "up" | "down") {
  return write(actor, "proposal.nominee.move", async (tx) => {
    const nominee = await nomineeOf(tx, nomineeId);
    await claimEditable(tx, nominee.proposalId, version);
    const same = await tx.awardNominee.findMany({
      where: { proposalId: nominee.proposalId, awardFormId: nominee.awardFormId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const from = same.findIndex((n) => n.id === nomineeId);
    const other = same[direction === "up" ? from - 1 : from + 1];
    // The buttons at either end are disabled; a stale page could still ask.
    if (!other) throw new DomainError("awards.errors.cannotMove");
    await tx.awardNominee.update({ where: { id: other.id }, data: { position: nominee.position } });
    await tx.awardNominee.update({ where: { id: nomineeId }, data: { position: other.position } });
    await writeAudit(tx, actor, {
      action: "proposal.nominee.move",
      entityType: "AwardProposal",
      entityId: nominee.proposalId,
      before: { nomineeId, position: nominee.position },
      after: { nomineeId, position: other.position },
    });
    return { id: nomineeId };
  });
}

/**
 * DRAFT or RETURNED → SUBMITTED, checked against the current approved ranking and the quotas
 * (docs/DOMAIN.md, rule 4). Refused with the first problem's message; the page lists all of them.
 */
export async function submitProposal(actor: AppSession, proposalId: string, version: number, number: string | null) {
  return write(actor, "proposal.submit", async (tx) => {
    const proposal = await claim(tx, proposalId, version);
    const status = next(proposal.status, "submit");
    const ranking = await approvedRanking(tx, proposal.blocYearId);
    if (!ranking) throw new DomainError("awards.errors.rankingNotApproved");
    const nominees = await nomineesOf(tx, proposalId);
    if (nominees.length === 0) throw new DomainError("awards.errors.noNominees");
    const quotas = await formQuotas(tx, proposal.blocYearId, await memberCount(tx, proposal.blocYearId));
    const problems = checkNominees(
      nominees.map((n) => ({ unitId: n.unitId, unitName: n.unit.name, awardFormId: n.awardFormId })),
      quotas,
      ranking.data.rows,
    );
    if (problems.length > 0) {
      const first = problemMessage(problems[0]);
      throw new DomainError(first.key, first.params);
    }
    const after = await tx.awardProposal.update({
      where: { id: proposalId },
      data: { status, number, rankingId: ranking.id, submittedAt: new Date(), submittedById: actor.userId },
    });
    // The tờ trình takes its number in its issuer's register: the one typed, else the next (a resubmission keeps its own).
    await takeNumber(tx, "award-submission", proposalId, parseTypedNumber(number), actor.userId);
    await writeAudit(tx, actor, {
      action: "proposal.submit",
      entityType: "AwardProposal",
      entityId: proposalId,
      before: { status: proposal.status },
      after: { status, number, rankingId: ranking.id, submittedAt: after.submittedAt, nominees: nominees.map(brief) },
    });
    return { id: proposalId, status };
  });
}

export async function acceptProposal(actor: AppSession, proposalId: string, version: number) {
  return write(actor, "proposal.accept", async (tx) => {
    const proposal = await claim(tx, proposalId, version);
    const status = next(proposal.status, "accept");
    const after = await tx.awardProposal.update({ where: { id: proposalId }, data: { status, acceptedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: "proposal.accept",
      entityType: "AwardProposal",
      entityId: proposalId,
      before: { status: proposal.status },
      after: { status, acceptedAt: after.acceptedAt },
    });
    return { id: proposalId, status };
  });
}

/** Back to the leader with a reason; the leader edits the nominees and submits again. */
export async function returnProposal(actor: AppSession, proposalId: string, version: number, reason: string) {
  return write(actor, "proposal.return", async (tx) => {
    const proposal = await claim(tx, proposalId, version);
    const status = next(proposal.status, "return");
    const after = await tx.awardProposal.update({
      where: { id: proposalId },
      data: { status, returnedAt: new Date(), returnReason: reason, acceptedAt: null },
    });
    await writeAudit(tx, actor, {
      action: "proposal.return",
      entityType: "AwardProposal",
      entityId: proposalId,
      before: { status: proposal.status },
      after: { status, returnedAt: after.returnedAt, reason },
    });
    return { id: proposalId, status };
  });
}

/** The council's decision: number, date, issuer, and which nominees were granted the award. The proposal is then frozen. */
export async function decideProposal(actor: AppSession, proposalId: string, version: number, input: DecisionInput) {
  return write(actor, "proposal.decide", async (tx) => {
    const proposal = await claim(tx, proposalId, version);
    const status = next(proposal.status, "decide");
    const nominees = await nomineesOf(tx, proposalId);
    const ids = new Set(nominees.map((n) => n.id));
    if (input.awarded.some((id) => !ids.has(id))) throw new DomainError("awards.errors.unknownNominee");
    const awarded = new Set(input.awarded);
    await tx.awardNominee.updateMany({ where: { proposalId, id: { in: [...awarded] } }, data: { awarded: true } });
    await tx.awardNominee.updateMany({ where: { proposalId, id: { notIn: [...awarded] } }, data: { awarded: false } });
    const decision = { decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, decisionIssuer: input.decisionIssuer };
    const after = await tx.awardProposal.update({ where: { id: proposalId }, data: { status, ...decision, decidedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: "proposal.decide",
      entityType: "AwardProposal",
      entityId: proposalId,
      before: { status: proposal.status },
      after: { status, ...decision, decidedAt: after.decidedAt, nominees: (await nomineesOf(tx, proposalId)).map(brief) },
    });
    return { id: proposalId, status };
  });
}

/**
 * DECIDED → ACCEPTED, by the board, with a reason. The decision is cleared from the proposal so
 * a new one can be recorded; the audit entry keeps it, with who was awarded.
 */
export async function reopenProposal(actor: AppSession, proposalId: string, version: number, reason: string) {
  return db.$transaction(async (tx) => {
    const proposal = await claim(tx, proposalId, version, true);
    const status = next(proposal.status, "reopen");
    const nominees = await nomineesOf(tx, proposalId);
    await tx.awardNominee.updateMany({ where: { proposalId }, data: { awarded: null } });
    await tx.awardProposal.update({
      where: { id: proposalId },
      data: { status, decisionNumber: null, decisionDate: null, decisionIssuer: null, decidedAt: null },
    });
    const { decisionNumber, decisionDate, decisionIssuer, decidedAt } = proposal;
    await writeAudit(tx, actor, {
      action: "proposal.reopen",
      entityType: "AwardProposal",
      entityId: proposalId,
      before: { status: proposal.status, decisionNumber, decisionDate, decisionIssuer, decidedAt, nominees: nominees.map(brief) },
      after: { status, reason },
    });
    return { id: proposalId, status };
  });
}
