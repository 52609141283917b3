import type { AppSession } from "@/lib/auth/session-types";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import type { RankingStatus } from "@/lib/generated/prisma/enums";
import { memberSeesApproved } from "@/lib/blocs/policy";
import { canViewRanking } from "@/lib/ranking/policy";
import { canViewAllSheets } from "@/lib/scoring/policy";

/**
 * All sheets of a year: whoever sees every sheet (board of the bloc, council, leader unit), and
 * the members once the ranking is approved — as canViewSheet lets them open each one then.
 */
export function canExportSheets(session: AppSession, year: BlocYearContext, rankingStatus: RankingStatus | null) {
  return canViewAllSheets(session, year) || memberSeesApproved(session, year, rankingStatus === "APPROVED");
}

/** The ranking: whoever may view it (lib/ranking/policy.ts). */
export function canExportRanking(session: AppSession, year: BlocYearContext, rankingStatus: RankingStatus | null) {
  return canViewRanking(session, year, rankingStatus);
}
