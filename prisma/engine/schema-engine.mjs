#!/usr/bin/env node
// Stand-in for Prisma's native schema engine binary, which the CLI downloads on every
// command and which cannot be downloaded here (no internet). prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY at this file; the CLI spawns it exactly like the binary:
//   schema-engine [--datamodels <file>]… [--datasource <json>] cli <command>   one-shot checks
//   schema-engine [--datamodels <file>]… [--datasource <json>]                 JSON-RPC on stdio
// Requests go to the same-named method of the WebAssembly build of the same engine version.
import { readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createAdapterFactory } from "./adapter.mjs";
import { canConnect, createDatabase, databaseVersion, EngineError } from "./server.mjs";
import { createEngine, panicMessage } from "./wasm.mjs";

// Reported by `--version` (e.g. `prisma version`): the engine build the wasm package was made from.
const ENGINE_COMMIT = "0edf323efd1d98336f3f0a68684b56f689b900d3";

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, command: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") args.datamodels.push(path.resolve(argv[++i]));
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") args.command = "version";
    else if (arg === "cli") args.command = argv[++i];
    else if (arg.startsWith("--")) i++; // --enabled-preview-features, --extension-types: nothing to do
  }
  return args;
}

// Log lines have the native engine's shape; the CLI reads stderr for `level: "ERROR"` entries.
function log(level, fields) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" })}\n`);
}

async function runCliCommand(command, url) {
  if (command === "version") {
    process.stdout.write(`schema-engine-cli ${ENGINE_COMMIT}\n`);
    return 0;
  }
  // The CLI skips the first stderr line (the native engine's start-up log) when it looks for errors.
  log("INFO", { message: `Starting schema engine CLI (WebAssembly ${ENGINE_COMMIT})` });
  try {
    if (!url) throw new EngineError(undefined, "No datasource URL given.");
    if (command === "can-connect-to-database") await canConnect(url);
    else if (command === "create-database") await createDatabase(url);
    else throw new EngineError(undefined, `Unsupported command: cli ${command}`);
    return 0;
  } catch (error) {
    log("ERROR", { message: error.message, ...(error.errorCode && { error_code: error.errorCode }) });
    return 1;
  }
}

// Turns an engine failure into the JSON-RPC error the CLI expects: it shows data.message,
// prefixed by data.error_code (the wasm engine puts user-facing codes such as P1012 in `code`).
function rpcError(error) {
  // A Rust panic surfaces as a bare WebAssembly trap ("unreachable"); its text is in the registry.
  const panicked = error instanceof WebAssembly.RuntimeError;
  // Drop the engine's internal span trace ("   0: sql_schema_connector::…"): noise for users.
  const message = ((panicked && panicMessage()) || error?.message || String(error)).split(/\n\s+0: /)[0];
  const data = { is_panic: false, message };
  if (/^P\d{4}$/.test(error?.code ?? "")) Object.assign(data, { error_code: error.code, meta: error.meta ?? {} });
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

async function serveJsonRpc(args) {
  const factory = createAdapterFactory({ url: args.datasource.url, shadowUrl: args.datasource.shadowDatabaseUrl });
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  const log = (line) => process.stderr.write(`${line}\n`);
  const enginePromise = createEngine(datamodels, factory, log);

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const pendingPrints = new Map();
  let printId = 0;
  // The native engine prints a `diff` through the CLI (a `print` request), so that
  // `migrate diff --output` can capture it; its reply comes back on stdin.
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printId}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const handlers = {
    async diff(engine, params) {
      const result = await engine.diff(params);
      if (result.stdout) await print(result.stdout.replace(/\n$/, ""));
      return { exitCode: result.exitCode, stdout: null };
    },
    getDatabaseVersion: () => databaseVersion(args.datasource.url),
    async createDatabase(_engine, params) {
      const url = params?.datasource?.url ?? args.datasource.url;
      return { databaseName: await createDatabase(url) };
    },
  };

  async function handle(request) {
    try {
      const engine = await enginePromise;
      const handler = handlers[request.method];
      let result;
      if (handler) result = await handler(engine, request.params);
      else if (typeof engine[request.method] === "function") result = await engine[request.method](request.params ?? {});
      else throw new Error(`Unknown method: ${request.method}`);
      send({ jsonrpc: "2.0", id: request.id, result: result ?? {} });
    } catch (error) {
      send({ jsonrpc: "2.0", id: request.id, error: rpcError(error) });
    }
  }

  // Requests run one at a time, as in the native engine; replies to our `print` requests
  // must not wait behind them (the request that printed is waiting for its reply).
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  // The CLI closes stdin when done: finish the queue, stop scratch databases, exit.
  lines.on("close", async () => {
    await queue;
    await factory.close();
    process.exit(0);
  });
}

const args = parseArgs(process.argv.slice(2));
if (args.command) process.exit(await runCliCommand(args.command, args.datasource.url));
await serveJsonRpc(args);
