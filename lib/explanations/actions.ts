"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { loadSheetAndYear } from "@/lib/scoring/sheet-data";
import { canAnswer, canDecide, canDecideAny, canOpenExplanations } from "@/lib/explanations/policy";
import { answerSchema, decideSchema, windowSchema } from "@/lib/explanations/schemas";
import * as service from "@/lib/explanations/service";

function revalidate(year: { blocId: string; year: number }) {
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

export const openExplanationsAction = action(windowSchema, async ({ blocYearId, until }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canOpenExplanations(session, year));
  const result = await service.openWindow(session, blocYearId, until);
  revalidate(year);
  return result;
});

export const answerExplanationAction = action(answerSchema, async ({ sheetId, ...input }, session) => {
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(canAnswer(session, year, sheet.unitId));
  const result = await service.answer(session, sheetId, input);
  revalidate(year);
  return result;
});

export const decideExplanationAction = action(decideSchema, async (input, session) => {
  const { sheet, year } = await loadSheetAndYear(input.sheetId);
  authorize(canDecideAny(session, year, sheet));
  const result = await service.decide(session, input, (layer) => canDecide(session, year, sheet, layer));
  revalidate(year);
  return result;
});
