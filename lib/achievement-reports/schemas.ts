import { z } from "zod";
import { id, isStorableText, version } from "@/lib/validation/fields";

/** Each part of the report: a few pages at most. */
export const REPORT_TEXT_MAX = 20_000;

// Text the database cannot keep is refused, as the other text fields do (isStorableText).
const part = () =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z
      .string("validation.invalid")
      .refine(isStorableText, "validation.invalid")
      .transform((v) => v.replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().max(REPORT_TEXT_MAX)),
  );

export const saveAchievementReportSchema = z.object({
  blocYearId: id(),
  version: version(0),
  situation: part(),
  duties: part(),
  results: part(),
  causes: part(),
  lessons: part(),
});

export type SaveAchievementReportInput = Omit<z.infer<typeof saveAchievementReportSchema>, "blocYearId">;
