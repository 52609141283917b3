import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// `server-only` throws outside a React server bundle; in tests the server code runs directly.
const serverOnly = { "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts") };

export default defineConfig({
  resolve: { alias: { ...alias, ...serverOnly } },
  test: {
    projects: [
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/db-setup.ts"],
          // Tests call actions and routes far faster than people, all from one address; the files
          // about the limits set their own (rate-limits.test.ts).
          // Info lines (every job done) would bury the report; warnings and errors still show.
          env: { RATE_LIMITS: "off", LOG_LEVEL: "warn" },
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
