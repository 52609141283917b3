import "server-only";
import { availableParallelism } from "node:os";
import { env } from "@/lib/env";
import { Slots } from "@/lib/limits/slots";

/*
 * Documents are drawn in worker threads (render-pool.ts). Six parallel requests for PDFs once
 * pushed every page from 23 ms to seconds; now this instance generates DOCUMENT_RENDERS documents
 * at a time, by default one fewer than its cores (at least one), so a core is left for pages. A
 * user has at most two documents running or waiting (a PDF and its DOCX); a request that cannot
 * start within DOCUMENT_WAIT_SECONDS is answered 503 rather than piling up.
 */
export const documentRenders = new Slots(env.DOCUMENT_RENDERS ?? Math.max(1, availableParallelism() - 1), 2, env.DOCUMENT_WAIT_SECONDS * 1000);
