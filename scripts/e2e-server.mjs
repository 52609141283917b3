// Starts the built app for the end-to-end tests on a fresh embedded database in a temp folder.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dataDir = mkdtempSync(path.join(os.tmpdir(), "tdk-e2e-"));
const env = { ...process.env, DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789" };
// One JSON line per request would bury the test report; warnings and errors still show.
env.LOG_LEVEL ??= "warn";
delete env.DATABASE_URL;
delete env.NODE_ENV;
const child = spawn("npx", ["tsx", "scripts/serve.ts", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
