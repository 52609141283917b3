import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * Metrics are labelled by the route's pattern ("/blocs/[id]/years/[year]"), never by its path: a
 * path carries ids (one series per bloc, per unit, per token) and a set-password link's secret.
 * The patterns and the server actions' names come from the build's own manifests.
 */

type Route = { pattern: string; re: RegExp; staticSegments: number };

function compile(pattern: string): Route {
  const segments = pattern.split("/").filter(Boolean);
  const parts = segments.map((s) => {
    if (/^\[\[\.\.\..+\]\]$/.test(s)) return "(?:/.*)?";
    if (/^\[\.\.\..+\]$/.test(s)) return "/.+";
    if (/^\[.+\]$/.test(s)) return "/[^/]+";
    return `/${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  });
  return { pattern, re: new RegExp(`^${parts.join("") || "/"}$`), staticSegments: segments.filter((s) => !s.startsWith("[")).length };
}

/** path → its route's pattern; "/_next" for the framework's files, "other" for a path no route takes (a 404). */
export function routeMatcher(patterns: readonly string[]): (path: string) => string {
  // The most specific first: "/blocs/new" before "/blocs/[id]".
  const routes = [...new Set(patterns)].map(compile).sort((a, b) => b.staticSegments - a.staticSegments || a.pattern.localeCompare(b.pattern));
  return (url) => {
    const p = (url.split("?")[0].split("#")[0] || "/").replace(/(.)\/$/, "$1");
    if (p.startsWith("/_next/")) return "/_next";
    return routes.find((r) => r.re.test(p))?.pattern ?? "other";
  };
}

/** The app's route patterns, from `next build`'s app-path-routes-manifest.json. */
export function readRoutePatterns(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.values(manifest);
}

type ActionManifest = { node?: Record<string, { filename?: string; exportedName?: string }> };

/** Server action id → "lib/<domain>/actions.ts#name", from the build's server-reference-manifest.json. */
export function readActionNames(distDir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as ActionManifest;
  return new Map(Object.entries(manifest.node ?? {}).map(([id, e]) => [id, `${e.filename}#${e.exportedName}`]));
}
