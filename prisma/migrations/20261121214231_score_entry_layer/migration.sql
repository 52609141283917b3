-- CreateIndex
CREATE INDEX "ScoreEntry_layer_idx" ON "ScoreEntry"("layer");
