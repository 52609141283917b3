-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "parentBody" TEXT;
