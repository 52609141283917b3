"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext, type BlocYearContext } from "@/lib/blocs/year-context";
import { canManageReports, ownReportUnitOf } from "@/lib/reports/policy";
import {
  generateSummarySchema,
  passSummarySchema,
  returnUnitReportSchema,
  saveSummarySchema,
  saveUnitReportSchema,
  scheduleReportSchema,
  submitUnitReportSchema,
} from "@/lib/reports/schemas";
import * as service from "@/lib/reports/service";
import * as summary from "@/lib/reports/summary-service";

// The bloc year is looked up on the server from the round's id, and a unit writes its own report
// only: the browser never names the unit.
const refresh = (y: BlocYearContext) => {
  revalidatePath(`/blocs/${y.blocId}/years/${y.year}/reports`);
  revalidatePath(`/blocs/${y.blocId}/years/${y.year}/conferences`, "layout");
};

async function yearOfRound(roundId: string) {
  const row = await db.reportRound.findUnique({ where: { id: roundId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return loadYearContext(row.blocYearId);
}

async function managedRound(session: Parameters<typeof canManageReports>[0], roundId: string) {
  const year = await yearOfRound(roundId);
  authorize(canManageReports(session, year));
  return year;
}

export const scheduleReportAction = action(scheduleReportSchema, async ({ blocYearId, kind, dueAt }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManageReports(session, year));
  const result = await service.scheduleReport(session, blocYearId, kind, dueAt);
  refresh(year);
  return result;
});

export const saveUnitReportAction = action(saveUnitReportSchema, async ({ roundId, version, content }, session) => {
  const year = await yearOfRound(roundId);
  const unitId = ownReportUnitOf(session, year);
  authorize(unitId !== null);
  const result = await service.saveUnitReport(session, roundId, unitId, version, content);
  refresh(year);
  return result;
});

export const submitUnitReportAction = action(submitUnitReportSchema, async ({ roundId, version, headApprovedBy }, session) => {
  const year = await yearOfRound(roundId);
  const unitId = ownReportUnitOf(session, year);
  authorize(unitId !== null);
  const result = await service.submitUnitReport(session, roundId, unitId, version, headApprovedBy);
  refresh(year);
  return result;
});

export const returnUnitReportAction = action(returnUnitReportSchema, async ({ reportId, version, reason }, session) => {
  const row = await db.unitReport.findUnique({ where: { id: reportId }, select: { roundId: true } });
  if (!row) throw new NotFoundError();
  const year = await managedRound(session, row.roundId);
  const result = await service.returnUnitReport(session, reportId, version, reason);
  refresh(year);
  return result;
});

export const generateSummaryAction = action(generateSummarySchema, async ({ roundId, version }, session) => {
  const year = await managedRound(session, roundId);
  const result = await summary.generateSummary(session, roundId, version);
  refresh(year);
  return result;
});

export const saveSummaryAction = action(saveSummarySchema, async ({ roundId, version, summary: text }, session) => {
  const year = await managedRound(session, roundId);
  const result = await summary.saveSummary(session, roundId, version, text);
  refresh(year);
  return result;
});

export const passSummaryAction = action(passSummarySchema, async ({ roundId, version, conferenceId }, session) => {
  const year = await managedRound(session, roundId);
  const result = await summary.passSummary(session, roundId, version, conferenceId);
  refresh(year);
  return result;
});
