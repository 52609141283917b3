import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI would download its schema engine on every command; this machine
// has no internet. A small stand-in runs the WebAssembly engine from npm instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/engine/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
