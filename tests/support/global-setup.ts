import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { adminQuery, databaseUrl, usePostgres } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    template: string;
  }
}

// One migrated template per run; every test file then gets its own copy.
export default async function setup(project: TestProject) {
  if (usePostgres) {
    const name = `tdk_template_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(`CREATE DATABASE ${name}`);
    await applyMigrations(databaseUrl(name));
    project.provide("template", name);
    return async () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "tdk-template-"));
  const embedded = await startEmbedded({ dataDir: null });
  await applyMigrations(embedded.url);
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await (await embedded.dump()).arrayBuffer()));
  await embedded.stop();
  project.provide("template", file);
  return async () => rm(dir, { recursive: true, force: true });
}
