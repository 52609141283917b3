-- Official documents (docs/ARCHITECTURE.md, "Official documents"): the issuer's seat and
-- abbreviation, the bloc's abbreviation and award body, the minutes' secretary and end time, the
-- vote per award form, who heads each kind, and the numbering register.
ALTER TABLE "Unit" ADD COLUMN "place" TEXT;
ALTER TABLE "Unit" ADD COLUMN "symbol" TEXT;
ALTER TABLE "Bloc" ADD COLUMN "symbol" TEXT;
ALTER TABLE "Bloc" ADD COLUMN "awardBody" TEXT;
ALTER TABLE "Conference" ADD COLUMN "secretaryName" TEXT;
ALTER TABLE "Conference" ADD COLUMN "secretaryTitle" TEXT;
ALTER TABLE "Conference" ADD COLUMN "endedAt" TIMESTAMP(3);
ALTER TABLE "ConferenceDecision" ADD COLUMN "awardFormId" TEXT;
ALTER TABLE "CouncilSettings" ADD COLUMN "documentIssuers" JSONB;

ALTER TABLE "ConferenceDecision" ADD CONSTRAINT "ConferenceDecision_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "DocumentNumber" (
    "id" TEXT NOT NULL,
    "issuerKey" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "takenById" TEXT,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentNumber_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DocumentNumber_issuerKey_symbol_year_number_key" ON "DocumentNumber"("issuerKey", "symbol", "year", "number");
CREATE UNIQUE INDEX "DocumentNumber_kind_subjectId_key" ON "DocumentNumber"("kind", "subjectId");

CREATE TABLE "DocumentCounter" (
    "issuerKey" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("issuerKey", "symbol", "year")
);
