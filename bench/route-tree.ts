// The router state a browser sends with a click inside the app (next/link's `next-router-state-tree`
// header): the tree of the page it is on. Next then renders only the segments below the first one
// that differs — the layouts both pages share (the app's shell, a bloc's and a year's) are not
// rendered again — so a click costs the server less than the same page asked for from nowhere.
// The tree is read from app/'s folders as Next matches a path: a static folder before a route
// group before a dynamic one.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

type Segment = string | [name: string, value: string, type: "d", null];

const APP = path.resolve("app");

function segmentsOf(dir: string, rest: string[]): Segment[] | null {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  if (rest.length === 0 && existsSync(path.join(dir, "page.tsx"))) return ["__PAGE__"];
  const [head, ...tail] = rest;
  if (head !== undefined && folders.includes(head)) {
    const below = segmentsOf(path.join(dir, head), tail);
    if (below) return [head, ...below];
  }
  for (const group of folders.filter((f) => f.startsWith("("))) {
    const below = segmentsOf(path.join(dir, group), rest);
    if (below) return [group, ...below];
  }
  if (head === undefined) return null;
  for (const param of folders.filter((f) => /^\[\w+\]$/.test(f))) {
    const below = segmentsOf(path.join(dir, param), tail);
    if (below) return [[param.slice(1, -1), head, "d", null], ...below];
  }
  return null;
}

const trees = new Map<string, string>();

/** The `next-router-state-tree` header of a browser showing `pathname` (no query), URI-encoded as Next reads it. */
export function routerStateTree(pathname: string): string {
  const known = trees.get(pathname);
  if (known) return known;
  const segments = segmentsOf(APP, pathname.split("/").filter(Boolean));
  if (!segments) throw new Error(`No page in app/ answers ${pathname}`);
  // Each node: [segment, { children }, url, refresh marker, flags]; the root layout's flags are 16.
  let node: unknown = null;
  for (const segment of segments.reverse()) node = [segment, node ? { children: node } : {}, null, null, 0];
  const tree = encodeURIComponent(JSON.stringify(["", { children: node }, null, null, 16]));
  trees.set(pathname, tree);
  return tree;
}
