"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { canManageConferences } from "@/lib/conferences/policy";
import { loadYearContext } from "@/lib/blocs/year-context";
import {
  addDecisionSchema,
  addGuestSchema,
  attendanceSchema,
  conferenceIdSchema,
  createConferenceSchema,
  decisionIdSchema,
  guestIdSchema,
  minutesSchema,
  nextLeadershipSchema,
  updateConferenceSchema,
  updateDecisionSchema,
  voteSchema,
} from "@/lib/conferences/schemas";
import * as service from "@/lib/conferences/service";
import { announceRegistrations } from "@/lib/conferences/announce";
import type { AppSession } from "@/lib/auth/session-types";

// Every id from the browser is traced back to its bloc year here before the permission check.
async function authorizeYear(session: AppSession, blocYearId: string) {
  const year = await loadYearContext(blocYearId);
  authorize(canManageConferences(session, year));
  return year;
}

async function yearOfConference(conferenceId: string) {
  const row = await db.conference.findUnique({ where: { id: conferenceId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return row.blocYearId;
}

async function conferenceOfGuest(guestId: string) {
  const row = await db.conferenceGuest.findUnique({ where: { id: guestId }, select: { conference: { select: { id: true, blocYearId: true } } } });
  if (!row) throw new NotFoundError();
  return row.conference;
}

async function conferenceOfDecision(decisionId: string) {
  const row = await db.conferenceDecision.findUnique({ where: { id: decisionId }, select: { conference: { select: { id: true, blocYearId: true } } } });
  if (!row) throw new NotFoundError();
  return row.conference;
}

const listPath = (y: { blocId: string; year: number }) => `/blocs/${y.blocId}/years/${y.year}/conferences`;

function refresh(y: { blocId: string; year: number }, conferenceId?: string) {
  revalidatePath(listPath(y));
  if (conferenceId) revalidatePath(`${listPath(y)}/${conferenceId}`);
}

export const createConferenceAction = action(createConferenceSchema, async ({ blocYearId, ...input }, session) => {
  const year = await authorizeYear(session, blocYearId);
  const result = await service.createConference(session, blocYearId, input);
  refresh(year);
  return result;
});

export const updateConferenceAction = action(updateConferenceSchema, async ({ conferenceId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.updateConference(session, conferenceId, input);
  refresh(year, conferenceId);
  return result;
});

export const deleteConferenceAction = action(conferenceIdSchema, async ({ conferenceId }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.deleteConference(session, conferenceId);
  refresh(year);
  return result;
});

/** The signing conference records that the units' registrations were announced there (lib/conferences/announce.ts). */
export const announceRegistrationsAction = action(conferenceIdSchema, async ({ conferenceId }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await announceRegistrations(session, conferenceId);
  refresh(year, conferenceId);
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}/registration`);
  return result;
});

export const setMinutesAction = action(minutesSchema, async ({ conferenceId, minutes }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.setMinutes(session, conferenceId, minutes);
  refresh(year, conferenceId);
  return result;
});

export const addGuestAction = action(addGuestSchema, async ({ conferenceId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.addGuest(session, conferenceId, input);
  refresh(year, conferenceId);
  return result;
});

export const removeGuestAction = action(guestIdSchema, async ({ guestId }, session) => {
  const conference = await conferenceOfGuest(guestId);
  const year = await authorizeYear(session, conference.blocYearId);
  const result = await service.removeGuest(session, guestId);
  refresh(year, conference.id);
  return result;
});

export const saveAttendanceAction = action(attendanceSchema, async ({ conferenceId, rows }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.saveAttendance(session, conferenceId, rows);
  refresh(year, conferenceId);
  return result;
});

export const addDecisionAction = action(addDecisionSchema, async ({ conferenceId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.addDecision(session, conferenceId, input);
  refresh(year, conferenceId);
  return result;
});

export const updateDecisionAction = action(updateDecisionSchema, async ({ decisionId, ...input }, session) => {
  const conference = await conferenceOfDecision(decisionId);
  const year = await authorizeYear(session, conference.blocYearId);
  const result = await service.updateDecision(session, decisionId, input);
  refresh(year, conference.id);
  return result;
});

export const removeDecisionAction = action(decisionIdSchema, async ({ decisionId }, session) => {
  const conference = await conferenceOfDecision(decisionId);
  const year = await authorizeYear(session, conference.blocYearId);
  const result = await service.removeDecision(session, decisionId);
  refresh(year, conference.id);
  return result;
});

export const recordVoteAction = action(voteSchema, async ({ decisionId, ...votes }, session) => {
  const conference = await conferenceOfDecision(decisionId);
  const year = await authorizeYear(session, conference.blocYearId);
  const result = await service.recordVote(session, decisionId, votes);
  refresh(year, conference.id);
  return result;
});

export const setNextLeadershipAction = action(nextLeadershipSchema, async ({ conferenceId, nextLeaderUnitId, nextDeputyUnitId }, session) => {
  const year = await authorizeYear(session, await yearOfConference(conferenceId));
  const result = await service.setNextLeadership(session, conferenceId, nextLeaderUnitId, nextDeputyUnitId);
  refresh(year, conferenceId);
  return result;
});
