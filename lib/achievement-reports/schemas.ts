import { z } from "zod";
import { id, version } from "@/lib/validation/fields";

/** Each part of the report: a few pages at most. */
export const REPORT_TEXT_MAX = 20_000;

// PostgreSQL text cannot hold a NUL character: refused, as the other text fields do.
const part = () =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z
      .string("validation.invalid")
      .refine((v) => !v.includes("\u0000"), "validation.invalid")
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
