// First-load JavaScript of a page: every script the server-rendered HTML loads, gzipped as a
// browser would receive it, read from the build output (.next/static).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/g)) found.add(m[1]);
  return [...found];
}

/** Gzipped kB of the scripts, each counted once. */
export function gzippedKb(scripts: readonly string[], distDir = ".next"): number {
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(readFileSync(path.join(distDir, src.replace(/^\/_next\//, "")))).byteLength;
  return Math.round(bytes / 100) / 10;
}
