// What the load test and the benchmark read from the production build (.next, or NEXT_DIST_DIR
// as next.config.ts reads it, so a benchmark build can sit beside a developer's).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Stops the script with a clear message when there is no build to start. */
export function requireBuild(): void {
  if (existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}

/** The id a browser sends in Next-Action for an exported server action, from the build's manifest. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not found in the build`);
  return found[0];
}
