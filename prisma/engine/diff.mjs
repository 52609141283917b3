// Offline "what would the next migration be": replays the migrations folder on a scratch
// in-memory PGlite (the shadow database) and diffs the result against the Prisma schema.
// Needs no DATABASE_URL and no running server.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createAdapterFactory } from "./adapter.mjs";
import { readMigrationsList } from "./migrations.mjs";
import { createEngine } from "./wasm.mjs";

export async function diffMigrationsToSchema({ migrationsDir, schemaPath }) {
  const schemaFile = path.resolve(schemaPath);
  const content = await readFile(schemaFile, "utf8");
  const factory = createAdapterFactory({}); // no url: scratch PGlite only, never a real database
  try {
    const engine = await createEngine([[schemaFile, content]], factory);
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrationsList(path.resolve(migrationsDir))) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaFile, content }] },
      script: true,
      exitCode: true, // the engine answers 2 when there is a difference, 0 when there is none
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 2 ? result.stdout : null;
  } finally {
    await factory.close();
  }
}
