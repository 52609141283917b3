-- A member unit's own text for its achievement report (báo cáo thành tích), per bloc year.
CREATE TABLE "AchievementReport" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "situation" TEXT NOT NULL DEFAULT '',
    "duties" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "causes" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AchievementReport_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "AchievementReport_blocYearId_unitId_key" ON "AchievementReport"("blocYearId", "unitId");
CREATE INDEX "AchievementReport_unitId_idx" ON "AchievementReport"("unitId");

ALTER TABLE "AchievementReport" ADD CONSTRAINT "AchievementReport_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AchievementReport" ADD CONSTRAINT "AchievementReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AchievementReport" ADD CONSTRAINT "AchievementReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
