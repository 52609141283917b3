-- CreateEnum
CREATE TYPE "RankingStatus" AS ENUM ('SIGNED_OFF', 'APPROVED', 'RETURNED', 'REOPENED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DECIDED');

-- CreateTable
CREATE TABLE "RankingRules" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RankingRules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RankingBallot" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "conferenceId" TEXT,
    "presentCount" INTEGER NOT NULL,
    "memberCount" INTEGER NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RankingBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotVote" (
    "ballotId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "votes" INTEGER NOT NULL,

    CONSTRAINT "BallotVote_pkey" PRIMARY KEY ("ballotId","unitId")
);

-- CreateTable
CREATE TABLE "RankingSnapshot" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "status" "RankingStatus" NOT NULL DEFAULT 'SIGNED_OFF',
    "data" JSONB NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedById" TEXT,
    "signerName" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "reopenedAt" TIMESTAMP(3),
    "reopenReason" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RankingSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardForm" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwardForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardQuota" (
    "blocYearId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "maxCount" INTEGER,
    "percent" INTEGER,

    CONSTRAINT "AwardQuota_pkey" PRIMARY KEY ("blocYearId","awardFormId")
);

-- CreateTable
CREATE TABLE "AwardProposal" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "rankingId" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "number" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "decisionNumber" TEXT,
    "decisionDate" DATE,
    "decisionIssuer" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwardProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardNominee" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "awarded" BOOLEAN,

    CONSTRAINT "AwardNominee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RankingRules_blocYearId_key" ON "RankingRules"("blocYearId");

-- CreateIndex
CREATE INDEX "RankingBallot_blocYearId_idx" ON "RankingBallot"("blocYearId");

-- CreateIndex
CREATE INDEX "RankingSnapshot_blocYearId_signedAt_idx" ON "RankingSnapshot"("blocYearId", "signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AwardForm_code_key" ON "AwardForm"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AwardProposal_blocYearId_key" ON "AwardProposal"("blocYearId");

-- CreateIndex
CREATE INDEX "AwardNominee_proposalId_position_idx" ON "AwardNominee"("proposalId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AwardNominee_proposalId_unitId_awardFormId_key" ON "AwardNominee"("proposalId", "unitId", "awardFormId");

-- AddForeignKey
ALTER TABLE "RankingRules" ADD CONSTRAINT "RankingRules_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingBallot" ADD CONSTRAINT "RankingBallot_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotVote" ADD CONSTRAINT "BallotVote_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "RankingBallot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotVote" ADD CONSTRAINT "BallotVote_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingSnapshot" ADD CONSTRAINT "RankingSnapshot_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardQuota" ADD CONSTRAINT "AwardQuota_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardQuota" ADD CONSTRAINT "AwardQuota_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_rankingId_fkey" FOREIGN KEY ("rankingId") REFERENCES "RankingSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNominee" ADD CONSTRAINT "AwardNominee_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "AwardProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNominee" ADD CONSTRAINT "AwardNominee_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNominee" ADD CONSTRAINT "AwardNominee_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
