import "server-only";
import { cache } from "react";
import type { AppSession } from "@/lib/auth/session-types";
import { yearIdsOf } from "@/lib/blocs/year-ids";
import { openYearsWhere } from "@/lib/overview/policy";

/**
 * The ids of the bloc years still open for the caller, read once per request: the home page's
 * overview and its to-do both start from them (React's cache holds them for one render; the page
 * passes both the same session and the same `now`).
 */
export const openYearIdsOf = cache((session: AppSession, now: Date) => yearIdsOf(openYearsWhere(session, now)));
