import { z } from "zod";
import { id, optionalText, requiredText, version, vnDateTime } from "@/lib/validation/fields";

export const REPORT_KINDS = ["MID_YEAR", "YEAR_END"] as const;
const CONTENT_MAX = 50_000;
const SUMMARY_MAX = 100_000;

export const scheduleReportSchema = z.object({ blocYearId: id(), kind: z.enum(REPORT_KINDS, "validation.invalidChoice"), dueAt: vnDateTime() });
export const saveUnitReportSchema = z.object({ roundId: id(), version: version(0), content: requiredText(CONTENT_MAX) });
export const submitUnitReportSchema = z.object({ roundId: id(), version: version(1), headApprovedBy: optionalText(120) });
export const returnUnitReportSchema = z.object({ reportId: id(), version: version(1), reason: requiredText(1000) });
export const generateSummarySchema = z.object({ roundId: id(), version: version(1) });
export const saveSummarySchema = z.object({ roundId: id(), version: version(1), summary: requiredText(SUMMARY_MAX) });
export const passSummarySchema = z.object({ roundId: id(), version: version(1), conferenceId: id() });
