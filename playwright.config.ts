import { defineConfig } from "@playwright/test";
import { findDebianChromium } from "./scripts/find-chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);

// The app runs as in production (`npm start`'s server) on a fresh embedded
// database that the start script seeds with the demo data; Chromium is Debian's, its headless
// shell when installed (scripts/find-chromium.mjs).
export default defineConfig({
  testDir: "tests/e2e",
  // Playwright empties its output folder at the start; `npm test` keeps the other tiers' reports
  // in test-results/ while this tier runs beside them (scripts/test.mjs).
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Long user journeys with an axe check per page; a loaded 2-core machine needs the headroom.
  timeout: 420_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findDebianChromium() ?? undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
