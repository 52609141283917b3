import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { auditRefusal } from "@/lib/audit/refusal";
import { writeAudit } from "@/lib/audit/write";
import { hasQuorum, quorumNeeded } from "@/lib/conferences/quorum";
import { DomainError, NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/vi";
import { holdYear, yearLocked } from "@/lib/blocs/year-lock";
import { frozenExplanations, unitsAwaited } from "@/lib/explanations/data";
import { liveRanking, loadRankingInputs, rankedSheets } from "@/lib/ranking/inputs";
import { isLeaderHead } from "@/lib/ranking/policy";
import { checkRules } from "@/lib/ranking/rules";
import type { BallotInput } from "@/lib/ranking/schemas";
import { snapshotData } from "@/lib/ranking/snapshot";
import { yearEvidenceCounts } from "@/lib/scoring/evidence-data";
import type { TieBreakRule } from "@/lib/ranking/types";
import { loadRound, loadScoringSet } from "@/lib/scoring/sheet-data";
import { closesAtFor, windowState } from "@/lib/scoring/window";

async function assertNotSignedOff(tx: Tx, blocYearId: string) {
  if (await yearLocked(tx, blocYearId)) throw new DomainError("ranking.errors.signedOff");
}

/** Runs a write of the year's ranking; a refusal because it is signed off is logged after the rollback. */
async function refusingSignedOff<T>(actor: AppSession, attempt: string, blocYearId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError && error.key === "ranking.errors.signedOff") {
      await auditRefusal(actor, { action: "rankingSnapshot.refused", entityType: "BlocYear", entityId: blocYearId, after: { attempt, reason: error.key } });
    }
    throw error;
  }
}

async function publishedSet(tx: Tx, blocYearId: string) {
  const set = await loadScoringSet(tx, blocYearId);
  if (set?.status !== "PUBLISHED") throw new DomainError("ranking.errors.setNotPublished");
  return set;
}

/** Top-level nodes a groupScore rule may name: groups, and points leaves standing at the top. */
async function groupCodes(tx: Tx, blocYearId: string) {
  const set = await publishedSet(tx, blocYearId);
  return set.tree.filter((n) => n.type === "group" || n.kind !== "gate").map((n) => n.code);
}

async function assertRulesValid(tx: Tx, blocYearId: string, rules: readonly TieBreakRule[]) {
  const problem = checkRules(rules, await groupCodes(tx, blocYearId))[0];
  if (problem) throw new DomainError(`ranking.rules.problems.${problem.code}`, { position: problem.index + 1, group: problem.groupCode ?? "" });
}

// ── Tie-break rules ──

/** The year's rule list while still a draft. Version 0 creates it; publishing freezes it. */
export async function setRules(actor: AppSession, blocYearId: string, version: number, rules: readonly TieBreakRule[]) {
  return db.$transaction(async (tx) => {
    const before = await tx.rankingRules.findUnique({ where: { blocYearId } });
    if (before?.publishedAt) throw new DomainError("ranking.errors.rulesPublished");
    await assertRulesValid(tx, blocYearId, rules);
    let after;
    if (version === 0) {
      if (before) throw new DomainError("ranking.errors.stale");
      after = await tx.rankingRules.create({ data: { blocYearId, rules: rules as object[] } });
    } else {
      const { count } = await tx.rankingRules.updateMany({
        where: { blocYearId, version, publishedAt: null },
        data: { rules: rules as object[], version: { increment: 1 } },
      });
      if (count === 0) throw before ? new DomainError("ranking.errors.stale") : new NotFoundError();
      after = await tx.rankingRules.findUniqueOrThrow({ where: { blocYearId } });
    }
    await writeAudit(tx, actor, {
      action: "rankingRules.set",
      entityType: "RankingRules",
      entityId: after.id,
      before: before && { rules: before.rules },
      after: { rules },
    });
    return { id: after.id, version: after.version };
  });
}

/** Rules are published before scoring closes: once every member's window has closed they can no longer be. */
export async function publishRules(actor: AppSession, blocYearId: string, version: number, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.rankingRules.updateMany({ where: { blocYearId, version }, data: { version: { increment: 1 } } });
    if (count === 0) throw (await tx.rankingRules.findUnique({ where: { blocYearId } })) ? new DomainError("ranking.errors.stale") : new NotFoundError();
    const rules = await tx.rankingRules.findUniqueOrThrow({ where: { blocYearId } });
    if (rules.publishedAt) throw new DomainError("ranking.errors.rulesPublished");
    const round = await loadRound(tx, blocYearId);
    const members = await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } });
    if (round && members.length > 0 && members.every((m) => windowState(round, m.unitId, now) === "closed")) {
      const last = Math.max(...members.map((m) => closesAtFor(round, m.unitId).getTime()));
      throw new DomainError("ranking.errors.roundClosed", { closes: formatDateTime(new Date(last)) });
    }
    await assertRulesValid(tx, blocYearId, rules.rules as TieBreakRule[]);
    const after = await tx.rankingRules.update({ where: { blocYearId }, data: { publishedAt: now } });
    await writeAudit(tx, actor, {
      action: "rankingRules.publish",
      entityType: "RankingRules",
      entityId: after.id,
      after: { rules: after.rules, publishedAt: now },
    });
    return { id: after.id, version: after.version };
  });
}

// ── Ballot ──

/** Votes between units the rules left tied: with the conference quorum, no more votes than members present. */
export async function recordBallot(actor: AppSession, blocYearId: string, input: BallotInput) {
  return refusingSignedOff(actor, "rankingBallot.record", blocYearId, () =>
    db.$transaction(async (tx) => {
      await holdYear(tx, blocYearId, "lock");
      await assertNotSignedOff(tx, blocYearId);
      if (input.conferenceId) {
        const conference = await tx.conference.findUnique({ where: { id: input.conferenceId }, select: { blocYearId: true } });
        if (conference?.blocYearId !== blocYearId) throw new DomainError("ranking.errors.conferenceOtherYear");
      }
      const memberCount = await tx.blocMember.count({ where: { blocYearId } });
      const present = input.presentCount;
      if (present > memberCount) throw new DomainError("ranking.errors.presentTooMany", { present, members: memberCount });
      if (!hasQuorum(present, memberCount))
        throw new DomainError("ranking.errors.noQuorum", { present, members: memberCount, needed: quorumNeeded(memberCount) });
      const total = input.votes.reduce((a, b) => a + b, 0);
      if (total > present) throw new DomainError("ranking.errors.tooManyVotes", { votes: total, present });
      const { ranking } = liveRanking(await loadRankingInputs(tx, blocYearId));
      const wanted = new Set(input.unitIds);
      const tie = ranking.unresolvedTies.find((g) => g.length === wanted.size && g.every((id) => wanted.has(id)));
      if (!tie || wanted.size !== input.unitIds.length) throw new DomainError("ranking.errors.notATie");
      const ballot = await tx.rankingBallot.create({
        data: {
          blocYearId,
          conferenceId: input.conferenceId,
          presentCount: present,
          memberCount,
          note: input.note,
          createdById: actor.userId,
          votes: { create: input.unitIds.map((unitId, i) => ({ unitId, votes: input.votes[i] })) },
        },
      });
      const votes = Object.fromEntries(input.unitIds.map((id, i) => [id, input.votes[i]]));
      await writeAudit(tx, actor, { action: "rankingBallot.record", entityType: "RankingBallot", entityId: ballot.id, after: { ...ballot, votes } });
      return { id: ballot.id };
    }),
  );
}

// ── Sign-off and what the board does with it ──

/**
 * The leader unit's head signs the ranking off (in person, or an officer of the leader unit
 * records the head's name): a snapshot of every leaf's layers, totals, ranks and rules, and
 * every sheet of the year locked, in one transaction.
 */
export async function signOff(actor: AppSession, blocYearId: string, signerName: string | null, now = new Date()) {
  return refusingSignedOff(actor, "rankingSnapshot.signOff", blocYearId, () =>
    db.$transaction(async (tx) => {
      await holdYear(tx, blocYearId, "lock");
      await assertNotSignedOff(tx, blocYearId);
      const year = await tx.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { leaderUnitId: true } });
      const byHead = isLeaderHead(actor, year);
      const signer = byHead ? actor.name : signerName?.trim();
      if (!signer) throw new DomainError("ranking.errors.signerRequired");
      await publishedSet(tx, blocYearId);
      // Giải trình (lib/explanations): not while a unit may still answer, or an answer awaits its decision.
      const awaited = await unitsAwaited(tx, blocYearId, now);
      if (awaited.length > 0) throw new DomainError("explanations.errors.awaited", { units: awaited.join(", ") });
      // No sheet write is in flight: each one holds the year (lib/blocs/year-lock.ts) until it commits.
      const { count: locked } = await tx.scoreSheet.updateMany({ where: { blocYearId }, data: { lockedAt: now } });
      const inputs = await loadRankingInputs(tx, blocYearId);
      const { ranking, notRanked } = liveRanking(inputs);
      if (notRanked.length > 0) throw new DomainError("ranking.errors.missingSheets", { units: notRanked.map((u) => u.unitName).join(", ") });
      if (ranking.unresolvedTies.length > 0) {
        const name = new Map(ranking.rows.map((r) => [r.unitId, r.unitName]));
        throw new DomainError("ranking.errors.unresolvedTies", { ties: ranking.unresolvedTies.map((g) => g.map((id) => name.get(id)).join(", ")).join("; ") });
      }
      const sheets = await rankedSheets(tx, inputs, ranking);
      const data = snapshotData(inputs, ranking, sheets, await yearEvidenceCounts(tx, blocYearId), await frozenExplanations(tx, blocYearId), now);
      const snapshot = await tx.rankingSnapshot.create({
        data: { blocYearId, status: "SIGNED_OFF", data, signedAt: now, signedById: actor.userId, signerName: signer },
      });
      await writeAudit(tx, actor, {
        action: "rankingSnapshot.signOff",
        entityType: "RankingSnapshot",
        entityId: snapshot.id,
        after: {
          signerName: signer,
          byHead,
          sheetsLocked: locked,
          ranks: ranking.rows.map((r) => ({ unitId: r.unitId, rank: r.rank, total: r.totals.total })),
        },
      });
      return { id: snapshot.id, version: snapshot.version };
    }),
  );
}

/**
 * Takes the snapshot at the version the caller saw. Its year's row first, exclusively, as a
 * sign-off does (lib/blocs/year-lock.ts): an approval, return or reopen waits for the writes of
 * the year in flight, and they for it.
 */
async function claimSnapshot(tx: Tx, snapshotId: string, version: number) {
  const year = await tx.rankingSnapshot.findUnique({ where: { id: snapshotId }, select: { blocYearId: true } });
  if (!year) throw new NotFoundError();
  await holdYear(tx, year.blocYearId, "lock");
  const { count } = await tx.rankingSnapshot.updateMany({ where: { id: snapshotId, version }, data: { version: { increment: 1 } } });
  if (count === 0) {
    const exists = await tx.rankingSnapshot.findUnique({ where: { id: snapshotId }, select: { id: true } });
    throw exists ? new DomainError("ranking.errors.stale") : new NotFoundError();
  }
  return tx.rankingSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, omit: { data: true } });
}

const unlockSheets = (tx: Tx, blocYearId: string) => tx.scoreSheet.updateMany({ where: { blocYearId }, data: { lockedAt: null } });

export async function approveRanking(actor: AppSession, snapshotId: string, version: number, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, snapshotId, version);
    if (before.status !== "SIGNED_OFF") throw new DomainError("ranking.errors.notSignedOff");
    const after = await tx.rankingSnapshot.update({
      where: { id: snapshotId },
      data: { status: "APPROVED", approvedAt: now, approvedById: actor.userId },
      omit: { data: true },
    });
    await writeAudit(tx, actor, {
      action: "rankingSnapshot.approve",
      entityType: "RankingSnapshot",
      entityId: snapshotId,
      before: { status: before.status },
      after: { status: after.status, approvedAt: now },
    });
    return { id: snapshotId, version: after.version };
  });
}

/** Signed off → returned to the leader with the reason; the sheets unlock. The snapshot stays as history. */
export async function returnRanking(actor: AppSession, snapshotId: string, version: number, reason: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, snapshotId, version);
    if (before.status !== "SIGNED_OFF") throw new DomainError("ranking.errors.notSignedOff");
    if (!reason.trim()) throw new DomainError("ranking.errors.reasonRequired");
    const after = await tx.rankingSnapshot.update({
      where: { id: snapshotId },
      data: { status: "RETURNED", returnedAt: now, returnReason: reason.trim() },
      omit: { data: true },
    });
    const { count } = await unlockSheets(tx, before.blocYearId);
    await writeAudit(tx, actor, {
      action: "rankingSnapshot.return",
      entityType: "RankingSnapshot",
      entityId: snapshotId,
      before: { status: before.status },
      after: { status: after.status, reason: after.returnReason, sheetsUnlocked: count },
    });
    return { id: snapshotId, version: after.version };
  });
}

/** Approved → reopened, by the board with a reason; the sheets unlock, the public page goes off, the snapshot stays as history. */
export async function reopenRanking(actor: AppSession, snapshotId: string, version: number, reason: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, snapshotId, version);
    if (before.status !== "APPROVED") throw new DomainError("ranking.errors.notApproved");
    if (!reason.trim()) throw new DomainError("ranking.errors.reasonRequired");
    const after = await tx.rankingSnapshot.update({
      where: { id: snapshotId },
      data: { status: "REOPENED", reopenedAt: now, reopenReason: reason.trim(), isPublic: false },
      omit: { data: true },
    });
    const { count } = await unlockSheets(tx, before.blocYearId);
    await writeAudit(tx, actor, {
      action: "rankingSnapshot.reopen",
      entityType: "RankingSnapshot",
      entityId: snapshotId,
      before: { status: before.status, approvedAt: before.approvedAt, isPublic: before.isPublic },
      after: { status: after.status, reason: after.reopenReason, sheetsUnlocked: count },
    });
    return { id: snapshotId, version: after.version };
  });
}

/** The public read-only page: only for an approved ranking. */
export async function setPublic(actor: AppSession, snapshotId: string, version: number, isPublic: boolean) {
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, snapshotId, version);
    if (before.status !== "APPROVED") throw new DomainError("ranking.errors.notApproved");
    const after = await tx.rankingSnapshot.update({ where: { id: snapshotId }, data: { isPublic }, omit: { data: true } });
    await writeAudit(tx, actor, {
      action: "rankingSnapshot.publish",
      entityType: "RankingSnapshot",
      entityId: snapshotId,
      before: { isPublic: before.isPublic },
      after: { isPublic },
    });
    return { id: snapshotId, version: after.version };
  });
}
