-- AlterTable
ALTER TABLE "ScoreSheet" ADD COLUMN     "resubmitBy" TIMESTAMP(3);
