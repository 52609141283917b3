import type { Tx } from "@/lib/db";
import type { AuditEntry } from "@/lib/audit/write";

// The one place that knows which bloc an audit entry belongs to (AuditLog.blocId), so the
// log can show each caller only the blocs their pages show (lib/audit/policy.ts).
// The migration that added the column backfills old entries with the same mapping in SQL;
// a new entity type written to the log needs a line here and there. The one writer that does not
// go through writeAudit, a unit's self-score save (lib/scoring/entry-sql.ts), sets it in its SQL.

type Found = { blocYear: { blocId: string } | null } | null;
type Lookup = (tx: Tx, id: string) => Promise<Found>;

const year = { select: { blocYear: { select: { blocId: true } } } } as const;

/** Entity types that live inside one bloc year, found through their blocYearId. */
const IN_YEAR: Record<string, Lookup> = {
  Activity: (tx, id) => tx.activity.findUnique({ where: { id }, ...year }),
  Attachment: (tx, id) => tx.attachment.findUnique({ where: { id }, ...year }),
  AwardProposal: (tx, id) => tx.awardProposal.findUnique({ where: { id }, ...year }),
  AchievementReport: (tx, id) => tx.achievementReport.findUnique({ where: { id }, ...year }),
  Conference: (tx, id) => tx.conference.findUnique({ where: { id }, ...year }),
  ConferenceDecision: async (tx, id) => (await tx.conferenceDecision.findUnique({ where: { id }, select: { conference: year } }))?.conference ?? null,
  // A template set has no year: it belongs to no bloc.
  CriteriaSet: (tx, id) => tx.criteriaSet.findUnique({ where: { id }, ...year }),
  DocumentDate: (tx, id) => tx.documentDate.findUnique({ where: { id }, ...year }),
  LibraryDocument: (tx, id) => tx.libraryDocument.findUnique({ where: { id }, ...year }),
  PlanItem: (tx, id) => tx.planItem.findUnique({ where: { id }, ...year }),
  Pledge: (tx, id) => tx.pledge.findUnique({ where: { id }, ...year }),
  RankingBallot: (tx, id) => tx.rankingBallot.findUnique({ where: { id }, ...year }),
  RankingRules: (tx, id) => tx.rankingRules.findUnique({ where: { id }, ...year }),
  RankingSnapshot: (tx, id) => tx.rankingSnapshot.findUnique({ where: { id }, ...year }),
  Regulation: (tx, id) => tx.regulation.findUnique({ where: { id }, ...year }),
  ScoreSheet: (tx, id) => tx.scoreSheet.findUnique({ where: { id }, ...year }),
  ScoringRound: (tx, id) => tx.scoringRound.findUnique({ where: { id }, ...year }),
  SignedCopy: (tx, id) => tx.signedCopy.findUnique({ where: { id }, ...year }),
  BlocYear: async (tx, id) => {
    const row = await tx.blocYear.findUnique({ where: { id }, select: { blocId: true } });
    return row ? { blocYear: row } : null;
  },
};

/** Entity types that belong to a bloc; any other type (units, users, settings, catalogues, imports across blocs) to none. */
export const BLOC_ENTITY_TYPES = ["Bloc", ...Object.keys(IN_YEAR)];

function field(value: unknown, key: string): string | null {
  const v = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : null;
}

/**
 * The bloc of an entry, read inside the writer's transaction. An entity deleted before its
 * entry is written is no longer found: then the row recorded in before/after names its year or bloc.
 */
export async function auditBlocId(tx: Tx, entry: AuditEntry): Promise<string | null> {
  if (entry.entityType === "Bloc") return entry.entityId ?? null;
  const lookup = IN_YEAR[entry.entityType];
  if (!lookup) return null;
  const found = entry.entityId ? await lookup(tx, entry.entityId) : null;
  if (found?.blocYear) return found.blocYear.blocId;
  const blocId = field(entry.before, "blocId") ?? field(entry.after, "blocId");
  if (blocId) return blocId;
  const blocYearId = field(entry.before, "blocYearId") ?? field(entry.after, "blocYearId");
  if (!blocYearId) return null;
  return (await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { blocId: true } }))?.blocId ?? null;
}
