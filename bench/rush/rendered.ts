// Each main page's rendering cost against the sign-in page's, on one server with the page cache
// off, one request at a time: the sign-in page is a dynamic page that reads the session and one
// settings row, so it is what the framework costs here with next to no work of ours (the floor).
// The pages are taken in turn, round after round, so a slow spell of this shared machine falls on
// all of them alike; each page's cost is its median time.
import { getPage } from "../http";
import { percentile } from "../stats";

export type RenderedPage = { name: string; path: string; cookie: string };
export type RenderedVsSignIn = { signInMs: number; ms: Record<string, number>; ratio: Record<string, number> };

const WARM_UP_ROUNDS = 3;

export async function renderedVsSignIn(base: string, pages: readonly RenderedPage[], rounds: number): Promise<RenderedVsSignIn> {
  const all: RenderedPage[] = [{ name: "sign-in", path: "/login", cookie: "" }, ...pages];
  const times = new Map<string, number[]>(all.map((p) => [p.name, []]));
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
    for (const page of all) {
      const t = await getPage(base, page.path, page.cookie);
      if (!t.ok) throw new Error(`${page.name} (${page.path}) answered HTTP ${t.status}`);
      if (t.cache === "hit") throw new Error(`${page.name} came from the page cache: the server must run with PAGE_CACHE_MB=0`);
      if (round >= WARM_UP_ROUNDS) times.get(page.name)!.push(t.ms);
    }
  }
  const median = (name: string) =>
    percentile(
      [...times.get(name)!].sort((a, b) => a - b),
      50,
    );
  const signInMs = median("sign-in");
  const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
  return {
    signInMs: round(signInMs, 1),
    ms: Object.fromEntries(pages.map((p) => [p.name, round(median(p.name), 1)])),
    ratio: Object.fromEntries(pages.map((p) => [p.name, round(median(p.name) / signInMs, 2)])),
  };
}
