// Stopping the production server (lib/server/shutdown.ts) on a real HTTP server on loopback: a
// request in flight is answered in full, a new connection is refused, the job runner is stopped
// before Next closes, and a request that never ends does not keep the process alive.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeGracefully } from "@/lib/server/shutdown";

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.closeAllConnections()));

async function serve(handler: http.RequestListener) {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: new http.Agent({ keepAlive: true }) }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("stopping the server", () => {
  it("answers the request in flight, refuses new ones, stops the jobs, then closes the app", async () => {
    const order: string[] = [];
    let arrived!: () => void;
    const inFlight = new Promise<void>((r) => (arrived = r));
    const { server, url } = await serve((req, res) => {
      arrived();
      setTimeout(() => res.end("rendered"), 300);
    });
    const pending = get(`${url}/slow`);
    await inFlight;
    const stopped = closeGracefully(server, {
      stopWork: async () => void order.push("jobs stopped"),
      closeApp: async () => void order.push("app closed"),
      graceMs: 5_000,
    });
    await expect(get(`${url}/new`)).rejects.toThrow(/ECONNREFUSED/);
    expect(await pending).toEqual({ status: 200, body: "rendered" });
    expect(await stopped).toBe("drained");
    expect(order).toEqual(["jobs stopped", "app closed"]);
  });

  it("cuts a request that outlives the grace period, so the process can end", async () => {
    let arrived!: () => void;
    const inFlight = new Promise<void>((r) => (arrived = r));
    const { server, url } = await serve(() => arrived()); // never answers
    const pending = get(url).catch((error: Error) => error.message);
    await inFlight;
    const outcome = await closeGracefully(server, { stopWork: async () => {}, closeApp: async () => {}, graceMs: 200 });
    expect(outcome).toBe("timed out");
    expect(await pending).toMatch(/socket hang up|ECONNRESET/);
  });
});
