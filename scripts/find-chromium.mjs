import { existsSync } from "node:fs";

// Debian's Chromium, its headless shell first: the old headless mode, without the full browser's
// GPU process and window machinery, costs about a fifth less CPU over the same journeys
// (docs/PERFORMANCE.md, "The headless shell"). Then the full browser, then Playwright's download.
const debianChromiums = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findDebianChromium() {
  return [process.env.CHROMIUM_PATH, ...debianChromiums].find((path) => path && existsSync(path)) ?? null;
}

export async function findChromium() {
  const found = findDebianChromium();
  if (found) return found;
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // no Playwright browser either
  }
  return null;
}
