// The production server `npm start` runs (through scripts/serve.ts): Next's own request handler,
// the one `next start` uses, behind the gate that throttles server actions and sizes their bodies
// (lib/limits/action-gate.ts).
// Arguments as `next start`: -p <port>, -H <hostname>.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { cookieFromHeader, readSessionToken } from "@/lib/auth/token";
import { badActionsAs400 } from "@/lib/security/bad-action";
import { gateActions } from "@/lib/limits/action-gate";
import { readUploadActionIds } from "@/lib/limits/body-limits";
import { clientAddressOf, PEER_HEADER, PEER_HEADER_TRUSTED, peerIsTrusted, proxyList } from "@/lib/security/client-address";
import { MemoryWindows } from "@/lib/limits/memory-windows";
import { log } from "@/lib/log/logger";
import { withRequestLog } from "@/lib/log/request-log";
import { stopJobRunner } from "@/lib/jobs/running";
import { closeGracefully } from "@/lib/server/shutdown";
import { withMetrics } from "@/lib/metrics/http";
import { readActionNames, readRoutePatterns, routeMatcher } from "@/lib/metrics/routes";

function arg(names: string[]): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}

const port = Number(arg(["-p", "--port"]) ?? process.env.PORT ?? 3000);
// Without -H, every interface, as `next start` (HOSTNAME is the machine's name in many shells).
const hostname = arg(["-H", "--hostname"]);

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
// A malformed server-action request is answered 400, not Next's 500 (lib/security/bad-action.ts).
const handle = badActionsAs400(app.getRequestHandler());

// The socket's address, for the sign-in limits (lib/security/client-address.ts): set on every
// request, so whatever a client sent under that name is replaced.
process.env[PEER_HEADER_TRUSTED] = "1";
// Server actions are throttled per address and their bodies sized before Next reads them
// (lib/limits/action-gate.ts); the upload actions are found by id in this build's manifest.
const proxies = proxyList(env.TRUSTED_PROXIES);
const secret = env.NEXTAUTH_SECRET ?? "";
const gated = gateActions(handle, {
  // The cookie alone (it cannot be forged without the secret): sizing a body is no reason for a database round trip.
  signedIn: async (cookie) => !!(await readSessionToken((name) => cookieFromHeader(cookie, name), secret))?.sid,
  address: (req) => clientAddressOf(req.headers, proxies),
  uploadActionIds: readUploadActionIds(path.resolve(process.env.NEXT_DIST_DIR ?? ".next")),
  windows: new MemoryWindows(),
  limits: env.RATE_LIMITS,
});
// Outermost: every request gets its id and its log line, and is timed for /api/metrics by its
// route's pattern and, for a server action, the action's name, refusals included.
const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const actionNames = readActionNames(distDir);
const timed = withMetrics(gated, { route: routeMatcher(readRoutePatterns(distDir)), action: (id) => actionNames.get(id) });
const logged = withRequestLog(timed, (req) => peerIsTrusted(req.socket.remoteAddress, proxies));
const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  return logged(req, res);
});
server.listen(port, hostname, () => log.info({ scope: "server", url: `http://${hostname ?? "localhost"}:${port}` }, "ready"));
// Stopping: no new requests, those in flight answered (up to 25 s, within systemd's default
// 90 s stop timeout), the jobs running given a few seconds to finish (one that does not is run
// again by another instance once its lease runs out: lib/jobs/runner.ts), then Next closes.
// A second signal ends the process at once.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ scope: "server", signal }, "stopping");
    void closeGracefully(server, { stopWork: stopJobRunner, closeApp: () => app.close(), graceMs: 25_000 })
      .then((outcome) => log.info({ scope: "server", outcome }, "stopped"))
      .finally(() => process.exit(0));
  });
}
