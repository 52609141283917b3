-- AddForeignKey
ALTER TABLE "LeadershipDecision" ADD CONSTRAINT "LeadershipDecision_proposedLeaderUnitId_fkey" FOREIGN KEY ("proposedLeaderUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipDecision" ADD CONSTRAINT "LeadershipDecision_proposedDeputyUnitId_fkey" FOREIGN KEY ("proposedDeputyUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipDecision" ADD CONSTRAINT "LeadershipDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
