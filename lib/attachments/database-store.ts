import { db, type Tx } from "@/lib/db";

/*
 * Files in PostgreSQL (FILE_STORAGE "database"): the bytes as rows of at most CHUNK_BYTES, written
 * in the transaction of the file's Attachment row and removed with it by the foreign key's cascade.
 * A download reads one piece per query, so a file is never held whole in memory, and any instance
 * behind the proxy serves any file.
 */
export const CHUNK_BYTES = 512 * 1024;

/** Inside the transaction that created the file's row. */
export async function writeChunks(tx: Tx, storedName: string, bytes: Uint8Array) {
  const data = [];
  for (let seq = 0, at = 0; at < bytes.byteLength; seq++, at += CHUNK_BYTES) {
    data.push({ storedName, seq, bytes: new Uint8Array(bytes.subarray(at, at + CHUNK_BYTES)) });
  }
  // A few pieces per statement: a 10 MB file is 20 rows, never one 10 MB parameter list at once.
  for (let i = 0; i < data.length; i += 4) await tx.storedFileChunk.createMany({ data: data.slice(i, i + 4) });
}

/** Whether the file has its bytes in the database (a file stored before FILE_STORAGE was "database" has not). */
export async function hasChunks(storedName: string): Promise<boolean> {
  return (await db.storedFileChunk.count({ where: { storedName, seq: 0 } })) > 0;
}

/** The file's bytes as a stream, one piece per query, in order. */
export function chunkStream(storedName: string): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await db.storedFileChunk.findUnique({ where: { storedName_seq: { storedName, seq } }, select: { bytes: true } });
      if (!chunk) return controller.close();
      seq++;
      controller.enqueue(new Uint8Array(chunk.bytes));
    },
  });
}
