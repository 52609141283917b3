-- CreateTable
CREATE TABLE "StoredFileChunk" (
    "storedName" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "StoredFileChunk_pkey" PRIMARY KEY ("storedName","seq")
);

-- AddForeignKey
ALTER TABLE "StoredFileChunk" ADD CONSTRAINT "StoredFileChunk_storedName_fkey" FOREIGN KEY ("storedName") REFERENCES "Attachment"("storedName") ON DELETE CASCADE ON UPDATE CASCADE;
