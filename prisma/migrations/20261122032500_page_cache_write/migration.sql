-- CreateTable
CREATE TABLE "PageCacheWrite" (
    "xid" BIGINT NOT NULL,
    "scope" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageCacheWrite_pkey" PRIMARY KEY ("xid")
);

-- CreateIndex
CREATE INDEX "PageCacheWrite_at_idx" ON "PageCacheWrite"("at");
