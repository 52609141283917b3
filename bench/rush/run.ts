// The December rush against one address: every simulated user signs in through next-auth at a
// random moment of the ramp-up, opens the home page as the browser does after signing in, then
// thinks 3–10 s before each action of its role's script (bench/rush/roles.ts) until the run ends.
// Only actions started inside the measured window (after the ramp-up) count; sign-ins are
// reported on their own. Each user has its own seeded generator, so runs are repeatable.
import { getPage, signIn, type Timed } from "../http";
import { benchUsername, blocOfUnit, type ProvinceShape } from "../province";
import { summarize } from "../stats";
import { cpuMeter } from "./cpu";
import { between, seeded, type Rng } from "./rng";
import { officerAction, staffAction, type Action, type RushContext, type RushOfficer, type RushStaff } from "./roles";
import { benchStaffUsername, blocsOfStaff } from "./seed";

export type RushOptions = {
  base: string;
  shape: ProvinceShape;
  officers: number;
  staff: number;
  password: string;
  seconds: number;
  rampSeconds: number;
  seed: number;
  /** The app servers' processes, whose CPU time is counted during the measured window. */
  serverPids: readonly number[];
};

export type KindSummary = { count: number; errors: number; p50_ms: number; p95_ms: number };
export type RushResult = Omit<KindSummary, "count"> & {
  users: number;
  requests: number;
  seconds: number;
  requests_per_second: number;
  kinds: Record<string, KindSummary>;
  sign_ins: KindSummary;
  /** CPU during the measured window: the app servers' per request and in cores, this process's (the load; PGlite when embedded), the machine's. */
  cpu: { server_ms_per_request: number | null; server_cores: number | null; bench_process_cores: number; machine_busy_percent: number | null };
  first_error?: string;
};

const THINK_MS = [3_000, 10_000] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Tally = { ms: number[]; errors: number };

class Recorder {
  readonly kinds = new Map<string, Tally>();
  firstError: string | undefined;

  add(kind: string, t: Timed, path = "") {
    const tally = this.kinds.get(kind) ?? { ms: [], errors: 0 };
    tally.ms.push(t.ms);
    if (!t.ok) {
      tally.errors += 1;
      this.firstError ??= `${kind} ${path}: HTTP ${t.status} ${t.body?.slice(0, 300) ?? ""}`;
    }
    this.kinds.set(kind, tally);
  }
}

function summary(ms: number[], errors: number): KindSummary {
  const s = summarize(ms, errors, 1);
  return { count: s.count, errors, p50_ms: s.p50, p95_ms: s.p95 };
}

/** What went wrong with a request that got no answer at all, as a failed request. */
async function timed(run: () => Promise<Timed>): Promise<Timed> {
  const started = performance.now();
  try {
    return await run();
  } catch (error) {
    return { ms: performance.now() - started, ok: false, status: 0, bytes: 0, body: String(error) };
  }
}

export async function runRush(options: RushOptions): Promise<RushResult> {
  const { base, shape, password, seconds, rampSeconds } = options;
  const ctx: RushContext = { base, shape };
  const start = performance.now();
  const windowStart = start + rampSeconds * 1000;
  const windowEnd = windowStart + seconds * 1000;
  const recorder = new Recorder();
  const signIns = new Recorder();
  let meter: ReturnType<typeof cpuMeter> | undefined;
  const startMeter = setTimeout(() => (meter = cpuMeter(options.serverPids)), windowStart - performance.now());

  // One simulated person: sign in during the ramp-up, land on the home page, then work until the end.
  async function live(index: number, username: string, user: { cookie: string }, next: (rng: Rng) => Action) {
    const rng = seeded(options.seed * 100_003 + index);
    await sleep(rng() * rampSeconds * 1000);
    const signedIn = await timed(async () => {
      const began = performance.now();
      user.cookie = await signIn(base, username, password);
      return { ms: performance.now() - began, ok: true, status: 200, bytes: 0 };
    });
    signIns.add("sign-in", signedIn);
    if (!signedIn.ok) return;
    let action: Action = { kind: "home (after sign-in)", path: "/", run: () => getPage(base, "/", user.cookie) };
    for (;;) {
      const at = performance.now();
      const t = await timed(action.run);
      if (at >= windowStart) recorder.add(action.kind, t, action.path);
      await sleep(between(rng, ...THINK_MS));
      if (performance.now() >= windowEnd) return;
      action = next(rng);
    }
  }

  const officers = Array.from({ length: options.officers }, (_, i) => {
    const o: RushOfficer = { unit: i + 1, bloc: blocOfUnit(i + 1, shape), version: 1, cookie: "", submitted: false, at: "/" };
    return live(i, benchUsername(o.unit), o, (rng) => officerAction(ctx, o, rng));
  });
  const staff = Array.from({ length: options.staff }, (_, i) => {
    const s: RushStaff = { staff: i + 1, blocs: blocsOfStaff(i + 1, options.staff, shape), cookie: "", at: "/" };
    return live(options.officers + i, benchStaffUsername(s.staff), s, (rng) => staffAction(ctx, s, rng));
  });
  await Promise.all([...officers, ...staff]);
  clearTimeout(startMeter);
  const used = meter?.stop();

  const all = [...recorder.kinds.values()];
  const { count: requests, ...total } = summary(
    all.flatMap((t) => t.ms),
    all.reduce((n, t) => n + t.errors, 0),
  );
  const kinds = Object.fromEntries([...recorder.kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, t]) => [kind, summary(t.ms, t.errors)]));
  const signInTally = signIns.kinds.get("sign-in")!;
  const firstError = recorder.firstError ?? signIns.firstError;
  return {
    users: options.officers + options.staff,
    requests,
    ...total,
    seconds,
    requests_per_second: Math.round((requests / seconds) * 10) / 10,
    kinds,
    sign_ins: summary(signInTally.ms, signInTally.errors),
    cpu: {
      server_ms_per_request: used?.procMs != null ? Math.round((used.procMs / Math.max(1, requests)) * 10) / 10 : null,
      server_cores: used?.procMs != null ? Math.round((used.procMs / used.wallMs) * 100) / 100 : null,
      bench_process_cores: used ? Math.round((used.selfMs / used.wallMs) * 100) / 100 : 0,
      machine_busy_percent: used?.machineBusyShare != null ? Math.round(used.machineBusyShare * 100) : null,
    },
    ...(firstError ? { first_error: firstError } : {}),
  };
}
