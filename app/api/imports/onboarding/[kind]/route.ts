import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { notFound, unauthorized } from "@/lib/exports/http";
import { foreignPost } from "@/lib/security/same-origin";
import { specFor } from "@/lib/onboarding/policy";
import { eventLine, NDJSON_HEADERS, tooFastEvents } from "@/lib/imports/event-stream";
import { throttle, requestAddress } from "@/lib/limits/throttle";
import { onboardingStream, type OnboardingEvent } from "@/lib/onboarding/stream";

// POST /api/imports/onboarding/{units|blocs|accounts|members} (multipart: file, mode, token):
// "preview" answers what the file would change and a token; "apply" with that token writes it,
// all or nothing. Streamed as NDJSON progress events (lib/onboarding/stream.ts). Cross-site
// posts are refused (lib/security/same-origin.ts).
export const dynamic = "force-dynamic";

const MAX_BYTES = 5 * 1024 * 1024;
const isFile = (v: unknown): v is File => v instanceof Blob && typeof (v as File).name === "string";
const schema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("preview") }),
  z.object({ mode: z.literal("apply"), token: z.string().regex(/^[0-9a-f]{64}$/) }),
]);
const fileSchema = z.custom<File>(isFile).refine((f) => f.size > 0 && f.size <= MAX_BYTES && /\.xlsx$/i.test(f.name));

const refused = () => new Response(eventLine<OnboardingEvent>({ type: "failed", reason: "file" }), { status: 400, headers: NDJSON_HEADERS });

export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const foreign = foreignPost(request);
  if (foreign) return foreign;
  const session = await getSession();
  if (!session) return unauthorized();
  const spec = specFor(session, (await params).kind);
  if (!spec) return notFound();
  const wait = await throttle("imports", session.userId, requestAddress(request));
  if (wait) return tooFastEvents(wait);
  const form = await request.formData().catch(() => null);
  const run = schema.safeParse({ mode: form?.get("mode"), token: form?.get("token") ?? undefined });
  const file = fileSchema.safeParse(form?.get("file"));
  if (!run.success || !file.success) return refused();
  return new Response(onboardingStream(session, spec, file.data, run.data), { headers: NDJSON_HEADERS });
}
