// Reads prisma/migrations into the engine's MigrationList, the same way the Prisma CLI
// does: folders sorted by name, each with its migration.sql (or the read error).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export async function readMigrationsList(baseDir) {
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const content = await readFile(path.join(baseDir, entry.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok", value }),
      (error) => ({ tag: "error", value: error.message }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: lockPath, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}
