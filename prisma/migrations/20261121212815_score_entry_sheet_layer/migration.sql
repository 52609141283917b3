-- CreateIndex
CREATE INDEX "ScoreEntry_sheetId_layer_idx" ON "ScoreEntry"("sheetId", "layer");
