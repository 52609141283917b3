import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { z } from "zod";

// The archive: manifest.json, then tables/<Table>.ndjson (one row_to_json line per row, in
// primary-key order), then files/<storedName> (the stored attachments, byte for byte).
// The manifest lists every other member with its size and sha256, so a damaged or edited
// archive is refused before anything is written.
export const FORMAT = "thi-dua-khoi-backup";
export const FORMAT_VERSION = 1;
export const MANIFEST = "manifest.json";
/**
 * Added to a row's JSON when json/jsonb columns hold the JSON value `null`: row_to_json writes
 * it exactly like SQL NULL, and json_populate_record would read it back as SQL NULL.
 */
export const JSON_NULL_KEY = "$jsonNull";

const TABLE_MEMBER = /^tables\/([A-Za-z_][A-Za-z0-9_]*)\.ndjson$/;
const FILE_MEMBER = /^files\/([a-f0-9]{32}\.[a-z0-9]{1,8})$/;

export const tableMember = (table: string) => `tables/${table}.ndjson`;
export const fileMember = (storedName: string) => `files/${storedName}`;
/** Names the stored-file folder may hold (see lib/attachments/storage.ts). */
export const isStoredName = (name: string) => FILE_MEMBER.test(`files/${name}`);
export const isMemberName = (name: string) => name === MANIFEST || TABLE_MEMBER.test(name) || FILE_MEMBER.test(name);
export const storedNameOf = (member: string) => FILE_MEMBER.exec(member)?.[1] ?? null;

const sha256 = z.string().regex(/^[a-f0-9]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.object({ rows: z.number().int().min(0), columns: z.array(z.string()).min(1) })),
  sequences: z.record(z.string(), z.object({ lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  members: z.record(
    z.string().refine((m) => m !== MANIFEST && isMemberName(m)),
    z.object({ size: z.number().int().min(0), sha256 }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;

export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest("hex") };
}
