// First-load JavaScript of a page: every script the server-rendered HTML loads, gzipped as a
// browser would receive it, read from the build output (bench/build.ts's distDir).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { distDir } from "./build";

/** The scripts a browser runs; `nomodule` ones (Next's polyfills for browsers without ES modules) are skipped by every browser the app supports. */
export function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script([^>]*)\ssrc="(\/_next\/static\/[^"]+\.js)"([^>]*)>/g)) {
    if (!/\snomodule/i.test(m[1] + m[3])) found.add(m[2]);
  }
  return [...found];
}

/** Gzipped kB of the scripts, each counted once. */
export function gzippedKb(scripts: readonly string[]): number {
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(readFileSync(path.join(distDir, src.replace(/^\/_next\//, "")))).byteLength;
  return Math.round(bytes / 100) / 10;
}
