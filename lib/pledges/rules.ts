// The pledge's life, as pure functions: no I/O, unit-tested. The service applies them inside
// its transaction; the pages use them to decide which buttons to show.
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { formatDate, parseVietnamDate } from "@/lib/format/vi";

export type PledgeEvent = "open" | "complete" | "reopen";

// DRAFT → OPEN (open for signing) → SIGNED (every member signed); the board reopens OPEN or SIGNED to DRAFT.
const TRANSITIONS: Record<PledgeEvent, { from: readonly PledgeStatus[]; to: PledgeStatus }> = {
  open: { from: ["DRAFT"], to: "OPEN" },
  complete: { from: ["OPEN"], to: "SIGNED" },
  reopen: { from: ["OPEN", "SIGNED"], to: "DRAFT" },
};

/** The status an event leads to, or null when the event is not allowed from `status`. */
export function transition(status: PledgeStatus, event: PledgeEvent): PledgeStatus | null {
  const t = TRANSITIONS[event];
  return t.from.includes(status) ? t.to : null;
}

/** Title, preamble and items change only in a draft: opening for signing freezes them. */
export function canEditContent(status: PledgeStatus): boolean {
  return status === "DRAFT";
}

/** Why the pledge cannot be opened for signing (a message key), or null. */
export function openRefusal(p: { status: PledgeStatus; itemCount: number }): string | null {
  if (!transition(p.status, "open")) return "pledges.errors.notDraft";
  if (p.itemCount < 1) return "pledges.errors.noItems";
  return null;
}

/** Why the pledge cannot be reopened (a message key), or null. Only the board reopens, with a reason. */
export function reopenRefusal(p: { status: PledgeStatus; byBoard: boolean; reason: string | null | undefined }): string | null {
  if (!p.byBoard) return "errors.forbidden";
  if (!transition(p.status, "reopen")) return "pledges.errors.notLocked";
  if (!p.reason || p.reason.trim() === "") return "pledges.errors.reasonRequired";
  return null;
}

/** Why `unitId` cannot sign (a message key), or null: a member unit, once, only while open. No date limit. */
export function signRefusal(p: { status: PledgeStatus; unitId: string; memberUnitIds: readonly string[]; signedUnitIds: readonly string[] }): string | null {
  if (p.status !== "OPEN") return "pledges.errors.notOpen";
  if (!p.memberUnitIds.includes(p.unitId)) return "pledges.errors.notMember";
  if (p.signedUnitIds.includes(p.unitId)) return "pledges.errors.alreadySigned";
  return null;
}

/** True when every member unit has signed (signatures of units that have left do not count). */
export function allMembersSigned(memberUnitIds: readonly string[], signedUnitIds: readonly string[]): boolean {
  const signed = new Set(signedUnitIds);
  return memberUnitIds.length > 0 && memberUnitIds.every((id) => signed.has(id));
}

/**
 * The status after opening for signing or after a signature: signatures kept from before a
 * reopen count, so a pledge every member has already signed goes straight to SIGNED.
 */
export function statusWhenOpen(memberUnitIds: readonly string[], signedUnitIds: readonly string[]): "OPEN" | "SIGNED" {
  return allMembersSigned(memberUnitIds, signedUnitIds) ? "SIGNED" : "OPEN";
}

export type Progress<U, S> = {
  signed: { unit: U; signature: S }[];
  unsigned: U[];
  signedCount: number;
  total: number;
  /** Whole percent, 0–100, rounded down so 7 of 8 never shows 100. */
  percent: number;
};

/** Members split into signed (with their signature) and not yet signed, in the members' order. */
export function signingProgress<U extends { id: string }, S extends { unitId: string }>(members: readonly U[], signatures: readonly S[]): Progress<U, S> {
  const byUnit = new Map(signatures.map((s) => [s.unitId, s]));
  const signed: { unit: U; signature: S }[] = [];
  const unsigned: U[] = [];
  for (const unit of members) {
    const signature = byUnit.get(unit.id);
    if (signature) signed.push({ unit, signature });
    else unsigned.push(unit);
  }
  const total = members.length;
  return { signed, unsigned, signedCount: signed.length, total, percent: total === 0 ? 0 : Math.floor((signed.length * 100) / total) };
}

/** The start of `d`'s calendar day in Vietnam: a paper signature carries a day, not a time. */
export function vietnamDayStart(d: Date): Date {
  return parseVietnamDate(formatDate(d))!;
}

/**
 * The date of a paper signature: the day typed, else the day of the conference it was signed at,
 * else today. Refused (a message key) when that day is still to come: nobody signs in advance.
 */
export function paperSignatureDate(p: { typed: Date | null; conferenceDate: Date | null; now: Date }): { date: Date } | { refusal: string } {
  const date = p.typed ? vietnamDayStart(p.typed) : vietnamDayStart(p.conferenceDate ?? p.now);
  return date.getTime() > p.now.getTime() ? { refusal: "pledges.errors.futureDate" } : { date };
}

/** A fully signed pledge was signed when its last signature was made, on paper or online, not when it was typed. */
export function lastSignatureAt(signatures: readonly { signedAt: Date }[]): Date | null {
  let last: Date | null = null;
  for (const s of signatures) if (!last || s.signedAt > last) last = s.signedAt;
  return last;
}
