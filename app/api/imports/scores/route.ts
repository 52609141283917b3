import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { notFound, unauthorized } from "@/lib/exports/http";
import { foreignPost } from "@/lib/security/same-origin";
import { canOpenScoreImport } from "@/lib/scoring/policy";
import { eventLine, NDJSON_HEADERS, tooFastEvents } from "@/lib/imports/event-stream";
import { throttle, requestAddress } from "@/lib/limits/throttle";
import { scoreImportStream, type ImportEvent } from "@/lib/imports/score-import-stream";
import { year } from "@/lib/validation/fields";

// POST /api/imports/scores (multipart: year, file): units' self-scores for a year from one
// workbook, answered as a stream of NDJSON progress events (lib/imports/score-import-stream.ts).
// Cross-site posts are refused (lib/security/same-origin.ts).
export const dynamic = "force-dynamic";

const MAX_BYTES = 10 * 1024 * 1024;
const isFile = (v: unknown): v is File => v instanceof Blob && typeof (v as File).name === "string";
const schema = z.object({
  year: year(),
  file: z.custom<File>(isFile).refine((f) => f.size > 0 && f.size <= MAX_BYTES),
});

const refused = (reason: "file" | "year") => new Response(eventLine<ImportEvent>({ type: "failed", reason }), { status: 400, headers: NDJSON_HEADERS });

export async function POST(request: Request) {
  const foreign = foreignPost(request);
  if (foreign) return foreign;
  const session = await getSession();
  if (!session) return unauthorized();
  // Bloc by bloc the rows are checked against what the caller manages; here only whether they manage any.
  if (!canOpenScoreImport(session)) return notFound();
  const wait = await throttle("imports", session.userId, requestAddress(request));
  if (wait) return tooFastEvents(wait);
  const form = await request.formData().catch(() => null);
  const parsed = schema.safeParse({ year: form?.get("year"), file: form?.get("file") });
  if (!parsed.success) return refused(parsed.error.issues.some((i) => i.path[0] === "year") ? "year" : "file");
  return new Response(scoreImportStream(session, parsed.data.year, parsed.data.file), { headers: NDJSON_HEADERS });
}
