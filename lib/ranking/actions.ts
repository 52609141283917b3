"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { canApprove, canBallot, canPublish, canReopen, canSetRules, canSignOff } from "@/lib/ranking/policy";
import {
  ballotSchema,
  publishRulesSchema,
  publishSnapshotSchema,
  setRulesSchema,
  signOffSchema,
  snapshotReasonSchema,
  snapshotSchema,
} from "@/lib/ranking/schemas";
import * as service from "@/lib/ranking/service";

// The snapshot's bloc year, looked up on the server: the browser's ids prove nothing.
async function yearOfSnapshot(snapshotId: string) {
  const snapshot = await db.rankingSnapshot.findUnique({ where: { id: snapshotId }, select: { blocYearId: true } });
  if (!snapshot) throw new NotFoundError();
  return loadYearContext(snapshot.blocYearId);
}

function revalidate(year: { blocId: string; year: number; id: string }) {
  // The sheets lock and unlock with the ranking; the public page follows the approved one.
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
  revalidatePath(`/cong-khai/xep-hang/${year.id}`);
}

export const setRulesAction = action(setRulesSchema, async ({ blocYearId, version, rules }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canSetRules(session, year));
  const result = await service.setRules(session, blocYearId, version, rules);
  revalidate(year);
  return result;
});

export const publishRulesAction = action(publishRulesSchema, async ({ blocYearId, version }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canSetRules(session, year));
  const result = await service.publishRules(session, blocYearId, version);
  revalidate(year);
  return result;
});

export const recordBallotAction = action(ballotSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canBallot(session, year));
  const result = await service.recordBallot(session, blocYearId, input);
  revalidate(year);
  return result;
});

export const signOffAction = action(signOffSchema, async ({ blocYearId, signerName }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canSignOff(session, year));
  const result = await service.signOff(session, blocYearId, signerName);
  revalidate(year);
  return result;
});

export const approveRankingAction = action(snapshotSchema, async ({ snapshotId, version }, session) => {
  const year = await yearOfSnapshot(snapshotId);
  authorize(canApprove(session, year));
  const result = await service.approveRanking(session, snapshotId, version);
  revalidate(year);
  return result;
});

export const returnRankingAction = action(snapshotReasonSchema, async ({ snapshotId, version, reason }, session) => {
  const year = await yearOfSnapshot(snapshotId);
  authorize(canApprove(session, year));
  const result = await service.returnRanking(session, snapshotId, version, reason);
  revalidate(year);
  return result;
});

export const reopenRankingAction = action(snapshotReasonSchema, async ({ snapshotId, version, reason }, session) => {
  const year = await yearOfSnapshot(snapshotId);
  authorize(canReopen(session, year));
  const result = await service.reopenRanking(session, snapshotId, version, reason);
  revalidate(year);
  return result;
});

export const setRankingPublicAction = action(publishSnapshotSchema, async ({ snapshotId, version, isPublic }, session) => {
  const year = await yearOfSnapshot(snapshotId);
  authorize(canPublish(session, year));
  const result = await service.setPublic(session, snapshotId, version, isPublic);
  revalidate(year);
  return result;
});
