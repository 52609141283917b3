-- CreateEnum
CREATE TYPE "UnitChangeKind" AS ENUM ('MERGE', 'RENAME', 'DISSOLVE');

-- CreateTable
CREATE TABLE "UnitChange" (
    "id" TEXT NOT NULL,
    "kind" "UnitChangeKind" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "decisionNo" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "decisionIssuer" TEXT NOT NULL,
    "successorId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitChangeUnit" (
    "changeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "UnitChangeUnit_pkey" PRIMARY KEY ("changeId","unitId")
);

-- CreateTable
CREATE TABLE "UnitName" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE NOT NULL,
    "changeId" TEXT,

    CONSTRAINT "UnitName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocRedivision" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "decisionNo" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "decisionIssuer" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocRedivision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocRedivisionMove" (
    "id" TEXT NOT NULL,
    "redivisionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fromBlocYearId" TEXT,
    "toBlocYearId" TEXT NOT NULL,
    "sheetMoved" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BlocRedivisionMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitChange_successorId_idx" ON "UnitChange"("successorId");

-- CreateIndex
CREATE INDEX "UnitChange_effectiveDate_idx" ON "UnitChange"("effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "UnitChangeUnit_unitId_key" ON "UnitChangeUnit"("unitId");

-- CreateIndex
CREATE INDEX "UnitName_unitId_validUntil_idx" ON "UnitName"("unitId", "validUntil");

-- CreateIndex
CREATE INDEX "BlocRedivision_year_idx" ON "BlocRedivision"("year");

-- CreateIndex
CREATE INDEX "BlocRedivisionMove_unitId_idx" ON "BlocRedivisionMove"("unitId");

-- CreateIndex
CREATE INDEX "BlocRedivisionMove_fromBlocYearId_idx" ON "BlocRedivisionMove"("fromBlocYearId");

-- CreateIndex
CREATE INDEX "BlocRedivisionMove_toBlocYearId_idx" ON "BlocRedivisionMove"("toBlocYearId");

-- CreateIndex
CREATE UNIQUE INDEX "BlocRedivisionMove_redivisionId_unitId_key" ON "BlocRedivisionMove"("redivisionId", "unitId");

-- AddForeignKey
ALTER TABLE "UnitChange" ADD CONSTRAINT "UnitChange_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitChangeUnit" ADD CONSTRAINT "UnitChangeUnit_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "UnitChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitChangeUnit" ADD CONSTRAINT "UnitChangeUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "UnitChange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocRedivisionMove" ADD CONSTRAINT "BlocRedivisionMove_redivisionId_fkey" FOREIGN KEY ("redivisionId") REFERENCES "BlocRedivision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocRedivisionMove" ADD CONSTRAINT "BlocRedivisionMove_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocRedivisionMove" ADD CONSTRAINT "BlocRedivisionMove_fromBlocYearId_fkey" FOREIGN KEY ("fromBlocYearId") REFERENCES "BlocYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocRedivisionMove" ADD CONSTRAINT "BlocRedivisionMove_toBlocYearId_fkey" FOREIGN KEY ("toBlocYearId") REFERENCES "BlocYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
