-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'BOARD', 'UNIT_OFFICER', 'COUNCIL');

-- CreateEnum
CREATE TYPE "BlocKind" AS ENUM ('KHOI', 'CUM');

-- CreateEnum
CREATE TYPE "BlocYearStatus" AS ENUM ('PLANNING', 'ACTIVE', 'CLOSED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "isUnitHead" BOOLEAN NOT NULL DEFAULT false,
    "allBlocs" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardAssignment" (
    "userId" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,

    CONSTRAINT "BoardAssignment_pkey" PRIMARY KEY ("userId","blocId")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "headName" TEXT,
    "headTitle" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bloc" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BlocKind" NOT NULL,
    "decisionNo" TEXT,
    "decisionDate" DATE,
    "decisionIssuer" TEXT,
    "description" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bloc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocRotationSlot" (
    "blocId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BlocRotationSlot_pkey" PRIMARY KEY ("blocId","unitId")
);

-- CreateTable
CREATE TABLE "BlocYear" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "BlocYearStatus" NOT NULL DEFAULT 'PLANNING',
    "leaderUnitId" TEXT,
    "deputyUnitId" TEXT,
    "theme" TEXT,
    "slogan" TEXT,
    "motto" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BlocYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocMember" (
    "blocYearId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocMember_pkey" PRIMARY KEY ("blocYearId","unitId")
);

-- CreateTable
CREATE TABLE "LeadershipDecision" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "leaderUnitId" TEXT NOT NULL,
    "deputyUnitId" TEXT NOT NULL,
    "proposedLeaderUnitId" TEXT,
    "proposedDeputyUnitId" TEXT,
    "overridden" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "decisionNo" TEXT,
    "decisionDate" DATE,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadershipDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "userName" TEXT,
    "unitId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "BoardAssignment_blocId_idx" ON "BoardAssignment"("blocId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Bloc_code_key" ON "Bloc"("code");

-- CreateIndex
CREATE UNIQUE INDEX "BlocRotationSlot_blocId_position_key" ON "BlocRotationSlot"("blocId", "position");

-- CreateIndex
CREATE INDEX "BlocYear_year_idx" ON "BlocYear"("year");

-- CreateIndex
CREATE UNIQUE INDEX "BlocYear_blocId_year_key" ON "BlocYear"("blocId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BlocYear_id_year_key" ON "BlocYear"("id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BlocMember_unitId_year_key" ON "BlocMember"("unitId", "year");

-- CreateIndex
CREATE INDEX "LeadershipDecision_blocId_year_idx" ON "LeadershipDecision"("blocId", "year");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_at_idx" ON "LoginAttempt"("username", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardAssignment" ADD CONSTRAINT "BoardAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardAssignment" ADD CONSTRAINT "BoardAssignment_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocRotationSlot" ADD CONSTRAINT "BlocRotationSlot_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocRotationSlot" ADD CONSTRAINT "BlocRotationSlot_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocYear" ADD CONSTRAINT "BlocYear_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocYear" ADD CONSTRAINT "BlocYear_leaderUnitId_fkey" FOREIGN KEY ("leaderUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocYear" ADD CONSTRAINT "BlocYear_deputyUnitId_fkey" FOREIGN KEY ("deputyUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocMember" ADD CONSTRAINT "BlocMember_blocYearId_year_fkey" FOREIGN KEY ("blocYearId", "year") REFERENCES "BlocYear"("id", "year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocMember" ADD CONSTRAINT "BlocMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipDecision" ADD CONSTRAINT "LeadershipDecision_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipDecision" ADD CONSTRAINT "LeadershipDecision_leaderUnitId_fkey" FOREIGN KEY ("leaderUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipDecision" ADD CONSTRAINT "LeadershipDecision_deputyUnitId_fkey" FOREIGN KEY ("deputyUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AuditLog is append-only: an audit trail that can be rewritten proves nothing, so the
-- database itself refuses UPDATE and DELETE (row trigger) and TRUNCATE (statement trigger),
-- whatever the application code does. Prisma's schema cannot express triggers, hence raw SQL.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete"
    BEFORE UPDATE OR DELETE ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
    BEFORE TRUNCATE ON "AuditLog"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
