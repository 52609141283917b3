import { existsSync } from "node:fs";

// Debian's Chromium first (this is what CI installs), then Playwright's own download if present.
export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // no Playwright browser either
  }
  return null;
}
