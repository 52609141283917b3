import { db } from "@/lib/db";
import type { DocumentKind } from "@/lib/documents/kinds";

/** One demo subject of each document kind (after seedDemo): the compiler asks for a new kind's. */
export const DEMO_SUBJECTS: Record<DocumentKind, () => Promise<string>> = {
  pledge: async () => "pledge-noi-chinh-tinh-2026",
  minutes: async () => "conf-noi-chinh-tinh-2026-signing",
  plan: async () => "year-noi-chinh-tinh-2026",
  "review-minutes": async () => "ranking-year-noi-chinh-tinh-2025",
  "award-submission": async () => "proposal-year-noi-chinh-tinh-2025",
  "achievement-report": async () =>
    (await db.awardNominee.findFirstOrThrow({ where: { proposalId: "proposal-year-noi-chinh-tinh-2025" }, orderBy: { position: "asc" } })).id,
  // The demo has no periodic report: a 6-month round with a summary in NC 2026.
  "bloc-report": async () =>
    (
      await db.reportRound.upsert({
        where: { blocYearId_kind: { blocYearId: "year-noi-chinh-tinh-2026", kind: "MID_YEAR" } },
        create: {
          blocYearId: "year-noi-chinh-tinh-2026",
          kind: "MID_YEAR",
          dueAt: new Date("2026-07-10T10:00:00Z"),
          summary: "I. KẾT QUẢ\n1. Công tác tổ chức\nNội dung.",
        },
        update: {},
      })
    ).id,
  registrations: async () => "year-noi-chinh-tinh-2026",
};
