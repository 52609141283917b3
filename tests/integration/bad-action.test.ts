import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { badActionsAs400 } from "@/lib/security/bad-action";

// scripts/app-server.ts puts this in front of Next's handler. The stand-in app answers as Next 16's
// action handler does for a server-action POST whose body does not decode: status 500 set, then
// an RSC payload naming the error, written in chunks after the headers are flushed.
let server: Server;
let base: string;

function app(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path.endsWith("/ok")) {
    res.setHeader("content-type", "text/x-component");
    return res.end('0:{"ok":true}\n');
  }
  if (path.endsWith("/explicit")) {
    res.writeHead(500, { "content-type": "text/html" });
    return res.end("<h1>Internal Server Error: SyntaxError at decodeReply</h1>");
  }
  res.statusCode = 500;
  res.setHeader("content-type", "text/x-component");
  res.setHeader("x-secret-detail", "decodeReply");
  if (path.endsWith("/streamed")) res.flushHeaders(); // as next/dist/server/pipe-readable.js does
  res.write("0:E{");
  res.end('"digest":"123","message":"Connection closed."}\n');
}

beforeAll(async () => {
  server = createServer(badActionsAs400(app));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const send = async (path: string, method = "POST") => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: method === "POST" ? { "next-action": "7f00", "content-type": "text/plain" } : {},
    body: method === "POST" ? "{garbled" : undefined,
  });
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers) };
};

it("answers a malformed server-action request 400 with nothing about what failed", async () => {
  for (const path of ["/blocs", "/blocs/explicit", "/blocs/streamed"]) {
    const res = await send(path);
    expect(res.status, path).toBe(400);
    expect(res.body).toBe("");
    expect(res.headers["x-secret-detail"]).toBeUndefined();
  }
});

it("leaves good actions, GETs and the API as they are", async () => {
  expect(await send("/blocs/ok")).toMatchObject({ status: 200, body: '0:{"ok":true}\n', headers: { "content-length": "14" } });
  expect((await send("/blocs", "GET")).status).toBe(500);
  expect((await send("/api/imports/scores")).status).toBe(500);
});
