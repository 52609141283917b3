-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- AlterTable
ALTER TABLE "BlocYear" ADD COLUMN     "registrationDueAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "headApprovedBy" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationTitle" (
    "registrationId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,

    CONSTRAINT "RegistrationTitle_pkey" PRIMARY KEY ("registrationId","awardFormId")
);

-- CreateTable
CREATE TABLE "RegistrationTarget" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "value" DECIMAL(14,2),
    "measure" TEXT,

    CONSTRAINT "RegistrationTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Registration_blocYearId_unitId_key" ON "Registration"("blocYearId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationTarget_registrationId_position_key" ON "RegistrationTarget"("registrationId", "position");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTitle" ADD CONSTRAINT "RegistrationTitle_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTitle" ADD CONSTRAINT "RegistrationTitle_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTarget" ADD CONSTRAINT "RegistrationTarget_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
