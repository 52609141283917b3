// Starts the built app as `npm start` does (scripts/app-server.ts: Next's handler behind the
// server-action gate) against a given database and waits until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type RunningApp = { base: string; process: ChildProcess; stop: () => Promise<void> };

export async function startApp(port: number, env: Record<string, string>): Promise<RunningApp> {
  const base = `http://127.0.0.1:${port}`;
  // A server left on the port (a run stopped midway) would answer below in this one's place.
  const taken = await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already taken: stop what listens there first`);
  // APP_NODE_ARGS passes flags to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.APP_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.resolve("scripts/app-server.ts"), "-p", String(port), "-H", "127.0.0.1"], {
    // RATE_LIMITS=off: every client of a measurement comes from loopback, as one address, and
    // must run as fast as the server lets it (the limits themselves: docs/SECURITY.md).
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: base, RATE_LIMITS: "off", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited (${child.exitCode}):\n${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app server did not answer within 60 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { base, process: child, stop };
}
