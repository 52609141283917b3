-- AlterTable
ALTER TABLE "PledgeSignature" ADD COLUMN     "onPaper" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Until now every signature was dated the moment it was typed. That moment is kept as recordedAt.
UPDATE "PledgeSignature" SET "recordedAt" = "signedAt";

-- A signature recorded by someone other than the unit's head was made on paper: it becomes a
-- paper signature, dated the day of its conference when it has one (start of that day in Vietnam,
-- UTC+7 without daylight saving since 1975; timestamps are stored in UTC). Without a conference
-- the day it was typed is the best date known, and stays.
UPDATE "PledgeSignature" SET "onPaper" = true WHERE NOT "byHead";
UPDATE "PledgeSignature" s
SET "signedAt" = date_trunc('day', c."date" + interval '7 hours') - interval '7 hours'
FROM "Conference" c
WHERE s."onPaper" AND s."conferenceId" = c."id";

-- A fully signed pledge was signed when its members' last signature was made.
UPDATE "Pledge" p
SET "signedAt" = last."signedAt"
FROM (
  SELECT s."pledgeId", max(s."signedAt") AS "signedAt"
  FROM "PledgeSignature" s
  JOIN "Pledge" p2 ON p2."id" = s."pledgeId"
  JOIN "BlocMember" m ON m."blocYearId" = p2."blocYearId" AND m."unitId" = s."unitId"
  GROUP BY s."pledgeId"
) last
WHERE p."status" = 'SIGNED' AND last."pledgeId" = p."id";
