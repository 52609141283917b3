// Loads Prisma's schema engine compiled to WebAssembly (npm: @prisma/schema-engine-wasm).
// The CLI would download a native binary instead, which is impossible offline.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

let ready;

// The .wasm file is not in the package's "exports", so resolve the JS glue and swap the extension.
async function init() {
  // Without a registry a Rust panic aborts the whole Node process; with it the panic
  // message is kept and the failing call rejects with it.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message) {
      this.message = message;
    },
  };
  const wasmPath = createRequire(import.meta.url)
    .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
    .replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
}

// A PostgreSQL datasource block: the engine panics when given no schema at all.
const MINIMAL_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

/**
 * Creates an engine bound to `adapterFactory` (connect + connectToShadowDb).
 * @param {[string, string][]} datamodels [absolute path, file content] pairs
 */
export async function createEngine(datamodels, adapterFactory, onLog = () => {}) {
  await (ready ??= init());
  const files = datamodels.length > 0 ? datamodels : [["schema.prisma", MINIMAL_SCHEMA]];
  // Unbound factories lose `this` inside the engine: bind them first.
  return bg.SchemaEngine.new({ datamodels: files }, onLog, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

export function panicMessage() {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY?.message ?? "";
}
