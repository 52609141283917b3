-- AlterTable
ALTER TABLE "ScoringRound" ADD COLUMN     "explainOpenedAt" TIMESTAMP(3),
ADD COLUMN     "explainUntil" TIMESTAMP(3);

-- CreateEnum
CREATE TYPE "ExplanationDecision" AS ENUM ('KEEP', 'CHANGE');

-- CreateTable
CREATE TABLE "ScoreExplanation" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "leafCode" TEXT NOT NULL,
    "answeredTo" JSONB NOT NULL,
    "accepted" BOOLEAN NOT NULL,
    "text" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "answeredById" TEXT NOT NULL,
    "answeredByName" TEXT NOT NULL,
    "decision" "ExplanationDecision",
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedByName" TEXT,
    "decidedValue" JSONB,

    CONSTRAINT "ScoreExplanation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoreExplanation_sheetId_leafCode_key" ON "ScoreExplanation"("sheetId", "leafCode");

-- AddForeignKey
ALTER TABLE "ScoreExplanation" ADD CONSTRAINT "ScoreExplanation_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
