-- CreateTable
CREATE TABLE "CouncilSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "councilName" TEXT NOT NULL,
    "boardName" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilSettings_pkey" PRIMARY KEY ("id")
);

-- One council per deployment.
ALTER TABLE "CouncilSettings" ADD CONSTRAINT "CouncilSettings_single_row" CHECK ("id" = 1);
