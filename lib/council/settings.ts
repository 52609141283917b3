import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { VIETNAM_TIME_ZONE } from "@/lib/council/time-zones";

export type CouncilSettingsValues = { councilName: string; boardName: string; place: string; timeZone: string; uploadQuotaMb: number };

/** CouncilSettings.uploadQuotaMb's default in the schema: what each unit may upload per year (lib/attachments/quota.ts). */
export const DEFAULT_UPLOAD_QUOTA_MB = 500;

/** The environment's values: what `npm run setup` offers first and what a database without settings shows. */
export function settingsFromEnvironment(): CouncilSettingsValues {
  return {
    councilName: env.COUNCIL_NAME,
    boardName: env.BOARD_NAME,
    place: env.COUNCIL_PLACE,
    timeZone: VIETNAM_TIME_ZONE,
    uploadQuotaMb: DEFAULT_UPLOAD_QUOTA_MB,
  };
}

/** The council's settings as stored; the environment's until setup or the administrator writes them. */
export async function readCouncilSettings(client: Pick<PrismaClient, "councilSettings">): Promise<CouncilSettingsValues> {
  const row = await client.councilSettings.findUnique({ where: { id: 1 } });
  if (!row) return settingsFromEnvironment();
  return { councilName: row.councilName, boardName: row.boardName, place: row.place, timeZone: row.timeZone, uploadQuotaMb: row.uploadQuotaMb };
}
