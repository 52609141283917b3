// What waits for one person now, decided from the loaded state of each open bloc year. Pure: no
// I/O, so the home page's list (lib/todo/queries.ts) and anything that must tell someone it is
// their turn decide alike. Every "may this person do it" is the domain's own policy; this file
// only says when the step is due.
import type { AppSession } from "@/lib/auth/session-types";
import { transition } from "@/lib/awards/rules";
import { canDecideProposal, canDraftProposal } from "@/lib/awards/policy";
import { locksYear } from "@/lib/blocs/year-lock";
import { compareVi } from "@/lib/format/vi";
import { daysLeft } from "@/lib/overview/stage";
import { pledgeCan } from "@/lib/pledges/policy";
import { canApprove, canSignOff, isLeaderHead } from "@/lib/ranking/policy";
import { canAppraiseIn, canEditSelf, canReviewSheet, canSubmitSheet, reviewerUnitOf } from "@/lib/scoring/policy";
import { selfClosesAt, selfEditable, selfWindowState } from "@/lib/scoring/window";
import { TODO_KINDS, type TodoItem, type TodoKind, type YearFacts } from "@/lib/todo/facts";
import { isWaitedOn } from "@/lib/todo/policy";
import { ownUnitOf } from "@/lib/units/policy";

type Found = { kind: TodoKind; count?: number; deadline?: Date; tab: string };

/** The pledge: the unit's head signs it, an officer gets the head to; the leader or the board opens a finished draft. */
function pledgeWork(session: AppSession, f: YearFacts): Found[] {
  if (!f.pledge) return [];
  const can = pledgeCan(session, f.year);
  if (f.pledge.status === "DRAFT") return can.manage ? [{ kind: "pledgeOpen", tab: "/pledge" }] : [];
  if (f.pledge.status !== "OPEN" || !can.signsFor || f.pledge.ownSigned) return [];
  return [{ kind: can.signAsHead ? "pledgeSign" : "pledgeAskHead", tab: "/pledge" }];
}

/** The unit's own sheet while its window (or a returned sheet's resubmission deadline) lets it be worked on. */
function sheetWork(session: AppSession, f: YearFacts, now: Date): Found[] {
  const unitId = ownUnitOf(session);
  const sheet = f.ownSheet;
  if (!unitId || !f.round || f.criteria?.status !== "PUBLISHED" || sheet?.status === "SUBMITTED" || sheet?.locked) return [];
  if (!canEditSelf(session, f.year, unitId) || !canSubmitSheet(session, f.year, unitId)) return [];
  const window = sheet && { status: sheet.status, resubmitBy: sheet.resubmitBy };
  if (!selfEditable(selfWindowState(f.round, unitId, window, now))) return [];
  const deadline = selfClosesAt(f.round, unitId, window);
  const tab = `/scoring/${unitId}`;
  if (sheet?.status === "RETURNED") return [{ kind: "sheetResubmit", deadline, tab }];
  const left = Math.max(0, f.criteria.leafCount - (sheet?.scoredLeaves ?? 0));
  return [left > 0 ? { kind: "sheetFill", count: left, deadline, tab } : { kind: "sheetSubmit", deadline, tab }];
}

/** Sheets waiting for the caller's unit's review (its assigned ones, or the leader's), and the board's appraisal. */
function reviewWork(session: AppSession, f: YearFacts): Found[] {
  const found: Found[] = [];
  const unitId = ownUnitOf(session);
  const mine = unitId ? f.toReview.filter((s) => reviewerUnitOf(f.year, s) === unitId && canReviewSheet(session, f.year, s)) : [];
  if (mine.length > 0) found.push({ kind: "sheetsReview", count: mine.length, tab: mine.length === 1 ? `/scoring/${mine[0].unitId}` : "/scoring" });
  if (f.toAppraise > 0 && canAppraiseIn(session, f.year)) found.push({ kind: "sheetsAppraise", count: f.toAppraise, tab: "/scoring" });
  return found;
}

/** The ranking: the leader's head signs it off once every member's sheet is in; the board approves a signed-off one. */
function rankingWork(session: AppSession, f: YearFacts): Found[] {
  if (f.rankingStatus === "SIGNED_OFF") return canApprove(session, f.year) ? [{ kind: "rankingApprove", tab: "/ranking" }] : [];
  const ready = f.criteria?.status === "PUBLISHED" && f.memberCount > 0 && f.submittedCount >= f.memberCount;
  if (locksYear(f.rankingStatus) || !ready || !canSignOff(session, f.year)) return [];
  const kind = f.rankingStatus === "RETURNED" ? "rankingReturned" : isLeaderHead(session, f.year) ? "rankingSignOff" : "rankingAskHead";
  return [{ kind, tab: "/ranking" }];
}

/** The award proposal, once the ranking is approved: the leader drafts and submits it, the board accepts or returns it, then records the decision. */
function proposalWork(session: AppSession, f: YearFacts): Found[] {
  if (f.rankingStatus !== "APPROVED") return [];
  const status = f.proposalStatus;
  if (canDraftProposal(session, f.year)) {
    if (status === null) return [{ kind: "proposalDraft", tab: "/awards" }];
    if (transition(status, "submit")) return [{ kind: status === "RETURNED" ? "proposalResubmit" : "proposalSubmit", tab: "/awards" }];
  }
  if (status && canDecideProposal(session, f.year)) {
    if (transition(status, "accept")) return [{ kind: "proposalAccept", tab: "/awards" }];
    if (transition(status, "decide")) return [{ kind: "proposalDecide", tab: "/awards" }];
  }
  return [];
}

const RANK = new Map(TODO_KINDS.map((k, i) => [k, i]));

/** Most urgent first: the nearest deadline, then work without one in the order of the year's steps, then newer years, then blocs by name. */
export function byUrgency(a: TodoItem, b: TodoItem): number {
  const da = a.deadline?.getTime() ?? Infinity;
  const db = b.deadline?.getTime() ?? Infinity;
  if (da !== db) return da < db ? -1 : 1;
  return RANK.get(a.kind)! - RANK.get(b.kind)! || b.year - a.year || compareVi(a.blocName, b.blocName);
}

/**
 * Every step waiting for this person in the given bloc years, most urgent first. Nothing for
 * whoever no work waits on (lib/todo/policy.ts); a step appears only while it can be done now
 * (a sheet inside its window, a ranking not yet locked…) and disappears once done.
 */
export function pendingFor(session: AppSession, years: readonly YearFacts[], now: Date): TodoItem[] {
  if (!isWaitedOn(session)) return [];
  const items = years.flatMap((f) =>
    [...pledgeWork(session, f), ...sheetWork(session, f, now), ...reviewWork(session, f), ...rankingWork(session, f), ...proposalWork(session, f)].map(
      (w): TodoItem => ({
        kind: w.kind,
        blocYearId: f.year.id,
        blocId: f.year.blocId,
        blocName: f.blocName,
        year: f.year.year,
        count: w.count ?? null,
        deadline: w.deadline ?? null,
        daysLeft: w.deadline ? daysLeft(w.deadline, now) : null,
        href: `/blocs/${f.year.blocId}/years/${f.year.year}${w.tab}`,
      }),
    ),
  );
  return items.sort(byUrgency);
}
