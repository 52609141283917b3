// The December rush as `npm run bench` and `npx tsx scripts/bench-rush.ts` run it: each setup in
// turn, the rendered pages against the sign-in page on the first, a printed report and the part
// of bench/results/latest.json it owns. Environment:
//   RUSH_SETUPS        setups to run, of postgres, postgres-behind-nginx and postgres-2-instances
//                      (both need nginx), pglite
//                      (default "postgres,pglite")
//   RUSH_USERS         users on PostgreSQL (default 420: 400 unit officers and 20 board staff)
//   RUSH_PGLITE_USERS  users on the embedded database (default 50)
//   RUSH_SECONDS       measured seconds after the ramp-up (default 120)
//   RUSH_RAMP_SECONDS  seconds over which users sign in, not measured (default 30)
//   RUSH_SEED          the simulated users' choices and think times (default 1)
//   RENDER_ROUNDS      rounds of 5 requests per page for the rendered-against-sign-in ratios
//                      (default 10; 0 skips them)
import { runSetup, SETUPS, type SetupName, type SetupRun } from "./setups";
import { NAVIGATION, type RenderedCost } from "./rendered";

const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export function rushConfig() {
  const setups = (process.env.RUSH_SETUPS ?? "postgres,pglite").split(",").filter(Boolean);
  const unknown = setups.filter((s) => !(s in SETUPS));
  if (unknown.length > 0) throw new Error(`RUSH_SETUPS: unknown ${unknown.join(", ")} (known: ${Object.keys(SETUPS).join(", ")})`);
  return {
    setups: setups as SetupName[],
    users: number("RUSH_USERS", 420),
    pgliteUsers: number("RUSH_PGLITE_USERS", 50),
    seconds: number("RUSH_SECONDS", 120),
    rampSeconds: number("RUSH_RAMP_SECONDS", 30),
    seed: number("RUSH_SEED", 1),
    renderRounds: number("RENDER_ROUNDS", 10),
  };
}

export type RushReport = {
  /** One entry per setup; null for a setup not run. */
  rush: Record<SetupName, SetupRun["rush"] | null>;
  /** Page name → its rendering cost over the sign-in page's (one request at a time on a fresh server; bench/rush/rendered.ts). */
  rendered_vs_signin: Record<string, number>;
  /** The same for a click inside the app reaching the page (its RSC payload, no HTML): what most requests are. */
  navigated_vs_signin: Record<string, number>;
  /** What the ratios divide: each page's median latency and server CPU per request, the sign-in page's first. */
  rendered_cost: { basis: string; pages: Record<string, RenderedCost> } | null;
};

/** Runs the configured setups one after the other; servers on `port` and `port + 1`. */
export async function benchRush(port: number): Promise<RushReport> {
  const config = rushConfig();
  const report: RushReport = {
    rush: { postgres: null, "postgres-behind-nginx": null, "postgres-2-instances": null, pglite: null },
    rendered_vs_signin: {},
    navigated_vs_signin: {},
    rendered_cost: null,
  };
  for (const [i, name] of config.setups.entries()) {
    const users = SETUPS[name].engine === "pglite" ? config.pgliteUsers : config.users;
    const renderRounds = i === 0 && config.renderRounds > 0 ? config.renderRounds : null;
    const run = await runSetup(name, { ...config, users, port, renderRounds });
    report.rush[name] = run.rush;
    if (run.rendered) {
      const ratios = Object.entries(run.rendered.ratio);
      report.rendered_vs_signin = Object.fromEntries(ratios.filter(([page]) => !page.endsWith(NAVIGATION)));
      report.navigated_vs_signin = Object.fromEntries(
        ratios.filter(([page]) => page.endsWith(NAVIGATION)).map(([page, r]) => [page.slice(0, -NAVIGATION.length), r]),
      );
      report.rendered_cost = { basis: run.rendered.basis, pages: run.rendered.pages };
    }
  }
  return report;
}

export function printRush(report: RushReport) {
  const { seconds, rampSeconds } = rushConfig();
  for (const [name, r] of Object.entries(report.rush)) {
    if (!r) continue;
    console.log(`\nDecember rush, ${name}: ${r.users} users, ${seconds} s measured after ${rampSeconds} s ramp-up, ${r.requests_per_second} req/s`);
    const row = (k: { count: number; errors: number; p50_ms: number; p95_ms: number }) => ({ count: k.count, errors: k.errors, p50: k.p50_ms, p95: k.p95_ms });
    console.table({
      ...Object.fromEntries(Object.entries(r.kinds).map(([kind, k]) => [kind, row(k)])),
      "all requests": row({ ...r, count: r.requests }),
      "sign-in (ramp-up)": row(r.sign_ins),
    });
    const { server_ms_per_request, server_cores, bench_process_cores, machine_busy_percent } = r.cpu;
    console.log(
      `CPU in the window: app server ${server_ms_per_request ?? "?"} ms a request, ${server_cores ?? "?"} cores; this process ${bench_process_cores} cores; machine ${machine_busy_percent ?? "?"} % busy`,
    );
    const u = r.unread_count;
    console.log(
      `The bell's unread count in the database: median ${u.median_ms} ms, max ${u.max_ms} ms over ${u.users} users${u.index_used ? "" : " (NOT through its index)"} (target < 1 ms)`,
    );
    if (r.first_error) console.log("First error:", r.first_error);
  }
  const rendered = report.rendered_cost;
  if (rendered) {
    console.log(`\nRendered (one request at a time); cost = ${rendered.basis}, ÷ the sign-in page's (target ≤ 2):`);
    console.table(
      Object.fromEntries(
        Object.entries(rendered.pages).map(([page, c]) => [
          page,
          {
            "median ms": c.ms,
            "CPU ms": c.cpu_ms ?? "",
            "÷ sign-in": (page.endsWith(NAVIGATION) ? report.navigated_vs_signin[page.slice(0, -NAVIGATION.length)] : report.rendered_vs_signin[page]) ?? 1,
            "SQL statements": c.sql ?? "",
            "DB CPU ms": c.db_cpu_ms ?? "",
          },
        ]),
      ),
    );
  }
}
