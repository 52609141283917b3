import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "@/lib/limits/config";
import { MemoryWindows } from "@/lib/limits/memory-windows";
import { gateActions } from "@/lib/limits/action-gate";
import { ACTION_BODY_BYTES, SIGNED_OUT_BODY_BYTES } from "@/lib/limits/body-limits";

// scripts/app-server.ts puts the gate in front of Next. The stand-in app reads the whole body, as
// Next's action handler does, and says how many bytes it got; `received` counts every byte that
// reached it, finished or not.
let server: Server;
let port: number;
let received = 0;
let calls = 0;
const UPLOAD = "7fupload";

function app(req: IncomingMessage, res: ServerResponse) {
  calls++;
  let bytes = 0;
  req.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    received += chunk.length;
  });
  req.on("end", () => res.end(String(bytes)));
  req.on("error", () => {});
}

beforeAll(async () => {
  const limits = { ...DEFAULT_LIMITS, anonymous: { perUser: 0, perAddress: 5 } };
  server = createServer(
    gateActions(app, {
      signedIn: async (cookie) => cookie === "next-auth.session-token=valid",
      address: (req) => String(req.headers["x-test-address"] ?? "local"),
      uploadActionIds: new Set([UPLOAD]),
      windows: new MemoryWindows(),
      limits,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

type Sent = { status: number; body: string; headers: IncomingMessage["headers"] };

/** Posts `size` bytes, declared (Content-Length) or chunked in 16 kB pieces; resolves with the answer. */
function post(
  size: number,
  { signedIn = false, action = "7f00", chunked = false, address = "10.0.0.1", path = "/blocs", method = "POST" } = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "next-action": action, "content-type": "text/plain", "x-test-address": address };
    if (signedIn) headers.cookie = "next-auth.session-token=valid";
    if (!chunked) headers["content-length"] = String(size);
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      res.on("error", () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    // A refused body may be cut off while it is still being sent: only the answer matters.
    req.on("error", (error) => (error.message.includes("EPIPE") || error.message.includes("ECONNRESET") ? undefined : reject(error)));
    const piece = Buffer.alloc(16 * 1024, 0x61);
    let left = size;
    const next = () => {
      while (left > 0) {
        const part = piece.subarray(0, Math.min(left, piece.length));
        left -= part.length;
        if (!req.write(part)) return void req.once("drain", next);
      }
      req.end();
    };
    next();
  });
}

it("refuses a signed-out caller's body over 64 kB by its Content-Length, before the app sees it", async () => {
  const before = { calls, received };
  const res = await post(SIGNED_OUT_BODY_BYTES + 1, { address: "10.0.1.1" });
  expect(res).toMatchObject({ status: 413, body: "" });
  expect(res.headers.connection).toBe("close");
  expect({ calls, received }).toEqual(before);
  expect(await post(SIGNED_OUT_BODY_BYTES, { address: "10.0.1.1" })).toMatchObject({ status: 200, body: String(SIGNED_OUT_BODY_BYTES) });
});

it("cuts off a chunked body at the limit: the app never gets more than 64 kB of it", async () => {
  const before = received;
  const res = await post(5 * 1024 * 1024, { chunked: true, address: "10.0.2.1" });
  expect(res).toMatchObject({ status: 413, body: "" });
  expect(received - before).toBeLessThanOrEqual(SIGNED_OUT_BODY_BYTES);
});

it("lets a signed-in caller send up to 1 MB, and megabytes only to an upload action", async () => {
  expect(await post(500 * 1024, { signedIn: true, address: "10.0.3.1" })).toMatchObject({ status: 200, body: String(500 * 1024) });
  expect((await post(ACTION_BODY_BYTES + 1, { signedIn: true, address: "10.0.3.1" })).status).toBe(413);
  const before = received;
  expect((await post(3 * 1024 * 1024, { signedIn: true, chunked: true, address: "10.0.3.1" })).status).toBe(413);
  expect(received - before).toBeLessThanOrEqual(ACTION_BODY_BYTES);
  expect(await post(3 * 1024 * 1024, { signedIn: true, action: UPLOAD, address: "10.0.3.1" })).toMatchObject({ status: 200, body: String(3 * 1024 * 1024) });
  // The upload id does not open the door to a caller who is not signed in.
  expect((await post(3 * 1024 * 1024, { action: UPLOAD, address: "10.0.3.2" })).status).toBe(413);
});

it("allows an address so many signed-out posts a minute, then answers 429 with Retry-After", async () => {
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await post(10, { address: "10.0.4.1" })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  const refused = await post(10, { address: "10.0.4.1" });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
  // Another address, and a signed-in caller from the same one (a much higher limit), go on.
  expect((await post(10, { address: "10.0.4.2" })).status).toBe(200);
  expect((await post(10, { address: "10.0.4.1", signedIn: true })).status).toBe(200);
});

it("leaves GETs and the API alone", async () => {
  expect((await post(SIGNED_OUT_BODY_BYTES * 2, { path: "/api/imports/scores", address: "10.0.5.1" })).status).toBe(200);
  expect((await post(0, { method: "GET", address: "10.0.5.1" })).status).toBe(200);
});
