import type { Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError, type MessageParams } from "@/lib/errors";
import { lastSignatureAt, paperSignatureDate, signRefusal, statusWhenOpen } from "@/lib/pledges/rules";
import type { RecordInput, SignInput, SignerInput } from "@/lib/pledges/schemas";
import { isHeadOf } from "@/lib/units/policy";

// Writing signatures: one unit's (signPledge) or many units' paper signatures at once
// (recordSignatures). Both share the checks and the completion of the pledge below.

/**
 * The open pledge at the version the signer saw. Signatures of different units do not conflict,
 * so the version is only checked (it proves the signer saw the current content), not bumped.
 */
async function takeOpenPledge(tx: Tx, pledgeId: string, version: number) {
  const { count } = await tx.pledge.updateMany({ where: { id: pledgeId, version }, data: { updatedAt: new Date() } });
  if (count === 0) {
    const current = await tx.pledge.findUnique({ where: { id: pledgeId }, select: { status: true } });
    if (!current) throw new NotFoundError();
    throw new DomainError(current.status === "OPEN" ? "pledges.errors.stale" : "pledges.errors.notOpen");
  }
  const pledge = await tx.pledge.findUniqueOrThrow({ where: { id: pledgeId }, include: { signatures: { select: { unitId: true } } } });
  const members = await tx.blocMember.findMany({ where: { blocYearId: pledge.blocYearId }, select: { unitId: true } });
  return { pledge, memberUnitIds: members.map((m) => m.unitId), signedUnitIds: pledge.signatures.map((s) => s.unitId) };
}

/** A conference of any kind (signing, mid-year review…) of the pledge's own bloc year, or none. */
async function conferenceOf(tx: Tx, conferenceId: string | null, blocYearId: string) {
  if (!conferenceId) return null;
  const conference = await tx.conference.findUnique({ where: { id: conferenceId }, select: { id: true, blocYearId: true, date: true } });
  if (conference?.blocYearId !== blocYearId)
    throw new DomainError("pledges.errors.conferenceOtherYear", undefined, { conferenceId: { key: "pledges.errors.conferenceOtherYear" } });
  return conference;
}

function paperDate(typed: Date | null, conference: { date: Date } | null, now: Date) {
  const result = paperSignatureDate({ typed, conferenceDate: conference?.date ?? null, now });
  if ("refusal" in result) throw new DomainError(result.refusal, undefined, { signedOn: { key: result.refusal } });
  return result.date;
}

type Entry = SignerInput & { byHead: boolean; onPaper: boolean; signedAt: Date };

/** Writes the signatures with an audit entry each, and completes the pledge when every member has signed. */
async function writeSignatures(
  tx: Tx,
  actor: AppSession,
  taken: Awaited<ReturnType<typeof takeOpenPledge>>,
  entries: (Entry & { unitName: string })[],
  conferenceId: string | null,
) {
  const { pledge, memberUnitIds, signedUnitIds } = taken;
  const now = new Date();
  const created = [];
  for (const { unitName, ...e } of entries) {
    const signature = await tx.pledgeSignature.create({ data: { pledgeId: pledge.id, ...e, recordedAt: now, recordedById: actor.userId, conferenceId } });
    created.push({ signature, unitName });
  }
  const status = statusWhenOpen(memberUnitIds, [...signedUnitIds, ...entries.map((e) => e.unitId)]);
  if (status === "SIGNED") {
    // Signed on the day of its last signature: a paper one typed today may date from months ago.
    const members = await tx.pledgeSignature.findMany({ where: { pledgeId: pledge.id, unitId: { in: memberUnitIds } }, select: { signedAt: true } });
    await tx.pledge.update({ where: { id: pledge.id }, data: { status, signedAt: lastSignatureAt(members), version: { increment: 1 } } });
  }
  for (const { signature, unitName } of created) {
    await writeAudit(tx, actor, { action: "pledge.sign", entityType: "Pledge", entityId: pledge.id, after: { ...signature, unitName, pledgeStatus: status } });
  }
  return { ids: created.map((c) => c.signature.id), status };
}

/**
 * One member unit's signature. The head signing in person signs online, now; anyone else (an officer
 * of the unit, board staff) records the head's signature made on paper, dated the day typed, else
 * the conference's day, else today. Late signing has no date limit; signing in advance is refused.
 */
export async function signPledge(tx: Tx, actor: AppSession, pledgeId: string, version: number, input: SignInput) {
  const taken = await takeOpenPledge(tx, pledgeId, version);
  const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { name: true } });
  if (!unit) throw new NotFoundError();
  const refusal = signRefusal({ status: taken.pledge.status, unitId: input.unitId, ...taken });
  if (refusal) throw new DomainError(refusal, { unit: unit.name });
  const conference = await conferenceOf(tx, input.conferenceId, taken.pledge.blocYearId);
  const byHead = isHeadOf(actor, input.unitId);
  const now = new Date();
  const signedAt = byHead ? now : paperDate(input.signedOn ?? null, conference, now);
  const { unitId, signerName, signerTitle } = input;
  const { ids, status } = await writeSignatures(
    tx,
    actor,
    taken,
    [{ unitId, signerName, signerTitle, byHead, onPaper: !byHead, signedAt, unitName: unit.name }],
    input.conferenceId,
  );
  return { id: ids[0], status };
}

/**
 * Paper signatures of many member units at once (signed together at a conference, say), each on the
 * head's behalf. All or nothing: when any row is refused nothing is written, and every refused row
 * is named (rows.<index> → message key), so the form can say what is wrong with each.
 */
export async function recordSignatures(tx: Tx, actor: AppSession, pledgeId: string, version: number, input: RecordInput) {
  const taken = await takeOpenPledge(tx, pledgeId, version);
  if (taken.pledge.status !== "OPEN") throw new DomainError("pledges.errors.notOpen");
  const conference = await conferenceOf(tx, input.conferenceId, taken.pledge.blocYearId);
  const signedAt = paperDate(input.signedOn, conference, new Date());
  const units = await tx.unit.findMany({ where: { id: { in: input.rows.map((r) => r.unitId) } }, select: { id: true, name: true } });
  const names = new Map(units.map((u) => [u.id, u.name]));
  const refused: Record<string, { key: string; params?: MessageParams }> = {};
  const seen = new Set<string>();
  input.rows.forEach((row, i) => {
    const unit = names.get(row.unitId);
    const key = !unit
      ? "pledges.errors.unknownUnit"
      : seen.has(row.unitId)
        ? "pledges.errors.duplicateUnit"
        : signRefusal({ status: taken.pledge.status, unitId: row.unitId, ...taken });
    seen.add(row.unitId);
    if (key) refused[`rows.${i}`] = { key, params: { unit: unit ?? "", row: i + 1 } };
  });
  const count = Object.keys(refused).length;
  if (count > 0) throw new DomainError("pledges.errors.rowsRefused", { count }, refused);
  const entries = input.rows.map((r) => ({ ...r, byHead: false, onPaper: true, signedAt, unitName: names.get(r.unitId)! }));
  return writeSignatures(tx, actor, taken, entries, input.conferenceId);
}
