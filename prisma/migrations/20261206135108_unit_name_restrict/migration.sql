-- DropForeignKey
ALTER TABLE "UnitName" DROP CONSTRAINT "UnitName_unitId_fkey";

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
