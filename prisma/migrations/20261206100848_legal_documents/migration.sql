-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "inForceFrom" DATE NOT NULL,
    "inForceUntil" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalDocument_position_idx" ON "LegalDocument"("position");

-- A document leaves force after it entered it.
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_in_force_order" CHECK ("inForceUntil" IS NULL OR "inForceUntil" > "inForceFrom");
