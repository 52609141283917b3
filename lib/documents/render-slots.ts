import "server-only";
import { env } from "@/lib/env";
import { Slots } from "@/lib/limits/slots";

/*
 * PDF and DOCX are drawn in JavaScript on the server's one thread (pdf-lib, docx). Six parallel
 * requests for documents once pushed every page from 23 ms to seconds; now this instance renders
 * DOCUMENT_RENDERS documents at a time (2 by default) and pages are served between them. A user
 * has at most two documents running or waiting (a PDF and its DOCX); a request that cannot start
 * within DOCUMENT_WAIT_SECONDS is answered 503 rather than piling up.
 */
export const documentRenders = new Slots(env.DOCUMENT_RENDERS, 2, env.DOCUMENT_WAIT_SECONDS * 1000);
