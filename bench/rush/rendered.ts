// Each main page's rendering cost against the sign-in page's, on a server of its own, one request
// at a time: the sign-in page is a dynamic page that reads the session and one settings row, so
// it is what the framework costs here with next to no work of ours (the floor).
// The cost is the server's CPU time per request (bench/rush/cpu.ts), which other work on a shared
// machine moves far less than wall-clock time; the median latency is reported beside it. Pages
// are taken in turn, a few requests each, round after round, so a slow spell falls on all alike.
// Given meters, each page's SQL statements per request are reported too (a count, which no load
// moves: bench/sql-count.ts on the server's database connections) and the database's CPU time
// per request (its backends', on this machine): PostgreSQL shares the cores with the app.
import { getPage } from "../http";
import { percentile } from "../stats";
import { processCpuMs } from "./cpu";

/** `navigation`: requested as a click inside the app makes it (RSC payload only), on page `from`; its name ends in NAVIGATION. */
export type RenderedPage = { name: string; path: string; cookie: string; navigation?: boolean; from?: string };
export const NAVIGATION = " (navigation)";
export type RenderedCost = { ms: number; cpu_ms: number | null; sql: number | null; db_cpu_ms: number | null };
/** Read before and after each block of requests: a count or a time so far, null when unknown. */
export type Meters = Partial<Record<"sql" | "db_cpu_ms", () => number | null | Promise<number | null>>>;
export type RenderedVsSignIn = { basis: "server CPU" | "latency"; pages: Record<string, RenderedCost>; ratio: Record<string, number> };

const WARM_UP_ROUNDS = 2;
const PER_BLOCK = 5;

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

export async function renderedVsSignIn(
  base: string,
  serverPid: number,
  pages: readonly RenderedPage[],
  rounds: number,
  meters: Meters = {},
): Promise<RenderedVsSignIn> {
  const all: RenderedPage[] = [{ name: "sign-in", path: "/login", cookie: "" }, ...pages];
  const latency = new Map<string, number[]>(all.map((p) => [p.name, []]));
  const cpu = new Map<string, number[]>(all.map((p) => [p.name, []]));
  const metered = Object.fromEntries(Object.keys(meters).map((m) => [m, new Map<string, number[]>(all.map((p) => [p.name, []]))]));
  const readMeters = async () => Object.fromEntries(await Promise.all(Object.entries(meters).map(async ([m, read]) => [m, await read()] as const)));
  for (let r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
    for (const page of all) {
      const metersBefore = await readMeters();
      const before = processCpuMs(serverPid);
      const ms: number[] = [];
      for (let i = 0; i < PER_BLOCK; i++) {
        const t = await getPage(base, page.path, page.cookie, page.navigation, page.from);
        if (!t.ok) throw new Error(`${page.name} (${page.path}) answered HTTP ${t.status}`);
        ms.push(t.ms);
      }
      const after = processCpuMs(serverPid);
      const metersAfter = await readMeters();
      if (r < WARM_UP_ROUNDS) continue;
      for (const m of Object.keys(metered)) {
        const [a, b] = [metersBefore[m], metersAfter[m]];
        if (a !== null && b !== null) metered[m].get(page.name)!.push((b - a) / PER_BLOCK);
      }
      latency.get(page.name)!.push(...ms);
      if (before !== null && after !== null) cpu.get(page.name)!.push((after - before) / PER_BLOCK);
    }
  }
  // The median block: a background job's statement (an hourly sweep, a session's activity) falls in one block, not all.
  const middle = (values: number[] | undefined) => (values && values.length > 0 ? round(median(values), 1) : null);
  const measured = (name: string): RenderedCost => ({
    ms: round(median(latency.get(name)!), 1),
    cpu_ms: middle(cpu.get(name)),
    sql: middle(metered.sql?.get(name)),
    db_cpu_ms: middle(metered.db_cpu_ms?.get(name)),
  });
  const costs = Object.fromEntries(all.map((p) => [p.name, measured(p.name)]));
  const basis = costs["sign-in"].cpu_ms !== null ? "server CPU" : "latency";
  const cost = (name: string) => (basis === "server CPU" ? costs[name].cpu_ms! : costs[name].ms);
  return { basis, pages: costs, ratio: Object.fromEntries(pages.map((p) => [p.name, round(cost(p.name) / cost("sign-in"), 2)])) };
}
