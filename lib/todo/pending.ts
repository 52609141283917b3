// What waits for one person now, decided from the loaded state of each open bloc year. Pure: no
// I/O, so the home page's list (lib/todo/queries.ts) and anything that must tell someone it is
// their turn decide alike. Every "may this person do it" is the domain's own policy; this file
// only says when the step is due.
import type { AppSession } from "@/lib/auth/session-types";
import { transition } from "@/lib/awards/rules";
import { canDecideProposal, canDraftProposal } from "@/lib/awards/policy";
import { locksYear } from "@/lib/blocs/year-lock";
import { compareVi } from "@/lib/format/vi";
import { daysLeft } from "@/lib/format/days-left";
import { pledgeCan } from "@/lib/pledges/policy";
import { canApprove, canSignOff, isLeaderHead } from "@/lib/ranking/policy";
import { canAppraiseIn, canEditSelf, canFinishReview, canReviewSheet, canSubmitSheet, reviewerUnitOf } from "@/lib/scoring/policy";
import { canManageConferences } from "@/lib/conferences/policy";
import { canAnswer, canDecide } from "@/lib/explanations/policy";
import { mayAnswerReview } from "@/lib/explanations/rules";
import { canRegisterFor, registrationOpen } from "@/lib/registrations/policy";
import { isHeadOf } from "@/lib/units/policy";
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

/** A count of sheets, linked to the one sheet when there is one. */
const sheets = (kind: TodoKind, list: readonly { unitId: string }[]): Found[] =>
  list.length === 0 ? [] : [{ kind, count: list.length, tab: list.length === 1 ? `/scoring/${list[0].unitId}` : "/scoring" }];

/**
 * Sheets waiting for the caller's unit as their reviewer (its assigned ones, or the leader's): to
 * review (nothing reviewed yet), to mark finished (reviewed, not finished), answers to its reviewed
 * scores to decide; and the board's appraisal and decisions on answers to appraised scores.
 */
function reviewWork(session: AppSession, f: YearFacts): Found[] {
  const unitId = ownUnitOf(session);
  const mine = unitId ? f.toReview.filter((s) => reviewerUnitOf(f.year, s) === unitId) : [];
  const found = [
    ...sheets(
      "sheetsReview",
      mine.filter((s) => !s.finished && !s.reviewed && canReviewSheet(session, f.year, s)),
    ),
    ...sheets(
      "reviewFinish",
      mine.filter((s) => !s.finished && s.reviewed && canFinishReview(session, f.year, s)),
    ),
    ...sheets(
      "explanationsDecide",
      mine.filter((s) => s.undecided > 0 && canDecide(session, f.year, s, "reviewed")),
    ),
  ];
  if (f.toAppraise > 0 && canAppraiseIn(session, f.year)) found.push({ kind: "sheetsAppraise", count: f.toAppraise, tab: "/scoring" });
  if (f.boardDecisions > 0 && canAppraiseIn(session, f.year)) found.push({ kind: "explanationsDecide", count: f.boardDecisions, tab: "/scoring" });
  return found;
}

/** Giải trình: the unit answers each leaf review changed, while the window is open. */
function explanationWork(session: AppSession, f: YearFacts, now: Date): Found[] {
  const unitId = ownUnitOf(session);
  const sheet = f.ownSheet;
  if (!unitId || !f.round || !sheet || sheet.unanswered === 0 || !mayAnswerReview(sheet, f.round, now)) return [];
  if (!canAnswer(session, f.year, unitId)) return [];
  return [{ kind: "explanationAnswer", count: sheet.unanswered, deadline: f.round.explainUntil!, tab: `/scoring/${unitId}` }];
}

/**
 * Registration: the unit's officers draft it by the deadline and its head approves and submits it
 * (another officer asks the head); once the deadline has passed or every member has submitted, the
 * signing conference's organisers record the compiled list as announced there.
 */
function registrationWork(session: AppSession, f: YearFacts, now: Date): Found[] {
  const r = f.registration;
  const found: Found[] = [];
  const unitId = ownUnitOf(session);
  if (unitId && registrationOpen(r.dueAt, now) && canRegisterFor(session, f.year, unitId) && r.own?.status !== "SUBMITTED") {
    const kind = !r.own
      ? "registrationDraft"
      : r.own.returned
        ? "registrationResubmit"
        : isHeadOf(session, unitId)
          ? "registrationApprove"
          : "registrationAskHead";
    found.push({ kind, deadline: r.dueAt!, tab: "/registration" });
  }
  const compiled = r.submittedCount > 0 && (!registrationOpen(r.dueAt, now) || r.submittedCount >= f.memberCount);
  if (compiled && !r.announced && r.signingConferenceId && canManageConferences(session, f.year)) {
    found.push({ kind: "registrationsAnnounce", tab: `/conferences/${r.signingConferenceId}` });
  }
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
    [
      ...registrationWork(session, f, now),
      ...pledgeWork(session, f),
      ...sheetWork(session, f, now),
      ...reviewWork(session, f),
      ...explanationWork(session, f, now),
      ...rankingWork(session, f),
      ...proposalWork(session, f),
    ].map((w): TodoItem => ({
      kind: w.kind,
      blocYearId: f.year.id,
      blocId: f.year.blocId,
      blocName: f.blocName,
      year: f.year.year,
      count: w.count ?? null,
      deadline: w.deadline ?? null,
      daysLeft: w.deadline ? daysLeft(w.deadline, now) : null,
      href: `/blocs/${f.year.blocId}/years/${f.year.year}${w.tab}`,
    })),
  );
  return items.sort(byUrgency);
}
