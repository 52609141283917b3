-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "blocId" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_blocId_idx" ON "AuditLog"("blocId");

-- Backfill: the bloc of every entry written before the column existed, with the mapping of
-- lib/audit/scope.ts (keep the two in step). AuditLog is append-only, so the trigger that
-- refuses UPDATE is lifted for this migration's transaction only; "blocId" is not part of
-- audit_canonical(), so the hash chain is untouched (`npm run audit:verify` still passes).
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete";

UPDATE "AuditLog" SET "blocId" = "entityId" WHERE "entityType" = 'Bloc';

UPDATE "AuditLog" a SET "blocId" = y."blocId"
  FROM "BlocYear" y WHERE a."entityType" = 'BlocYear' AND a."entityId" = y."id";

UPDATE "AuditLog" a SET "blocId" = y."blocId"
  FROM "ConferenceDecision" d JOIN "Conference" c ON c."id" = d."conferenceId" JOIN "BlocYear" y ON y."id" = c."blocYearId"
  WHERE a."entityType" = 'ConferenceDecision' AND a."entityId" = d."id";

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['Activity', 'Attachment', 'AwardProposal', 'Conference', 'CriteriaSet', 'DocumentDate',
        'PlanItem', 'Pledge', 'RankingBallot', 'RankingRules', 'RankingSnapshot', 'ScoreSheet', 'ScoringRound'] LOOP
        EXECUTE format(
            'UPDATE "AuditLog" a SET "blocId" = y."blocId" FROM %I e JOIN "BlocYear" y ON y."id" = e."blocYearId"
              WHERE a."entityType" = %L AND a."entityId" = e."id"', t, t);
    END LOOP;
END;
$$;

-- Entities deleted since: the row recorded in the entry names its bloc or year.
UPDATE "AuditLog" SET "blocId" = coalesce("before"->>'blocId', "after"->>'blocId')
  WHERE "blocId" IS NULL AND "entityType" IN ('BlocYear', 'Activity', 'Attachment', 'AwardProposal', 'Conference',
    'ConferenceDecision', 'CriteriaSet', 'DocumentDate', 'PlanItem', 'Pledge', 'RankingBallot', 'RankingRules',
    'RankingSnapshot', 'ScoreSheet', 'ScoringRound');

UPDATE "AuditLog" a SET "blocId" = y."blocId"
  FROM "BlocYear" y
  WHERE a."blocId" IS NULL AND y."id" = coalesce(a."before"->>'blocYearId', a."after"->>'blocYearId')
    AND a."entityType" IN ('BlocYear', 'Activity', 'Attachment', 'AwardProposal', 'Conference', 'ConferenceDecision',
      'CriteriaSet', 'DocumentDate', 'PlanItem', 'Pledge', 'RankingBallot', 'RankingRules', 'RankingSnapshot',
      'ScoreSheet', 'ScoringRound');

ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_delete";
