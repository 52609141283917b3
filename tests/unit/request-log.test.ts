import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { AppSession } from "@/lib/auth/session-types";
import { noteUser } from "@/lib/log/context";
import { logTo } from "@/lib/log/logger";
import { loggedRoute, withRequestLog } from "@/lib/log/request-log";

// The session read as getSession() does it: noting the user in the request's context.
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => {
    noteUser("user-42");
    return { userId: "user-42", username: "donvi", role: "UNIT_OFFICER" } as unknown as AppSession;
  },
}));
const { action } = await import("@/lib/actions/action");

const COOKIE_VALUE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.bi-mat-cua-phien";
const PASSWORD = "Mật khẩu bí mật 2026";

// A server action whose handler fails unexpectedly, as a bug would.
const failing = action(z.object({ password: z.string() }), async () => {
  throw new Error("lỗi bất ngờ trong xử lý");
});

let server: Server;
let trusted = false;
let lines: string[] = [];
let restore: () => void;

beforeAll(async () => {
  const handler = withRequestLog(
    async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      if (req.url?.startsWith("/action")) await failing(JSON.parse(body));
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    },
    () => trusted,
  );
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  restore?.();
  lines = [];
  trusted = false;
});

function send(path: string, headers: Record<string, string> = {}, body = ""): Promise<{ status: number; requestId: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: body ? "POST" : "GET", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, requestId: String(res.headers["x-request-id"]) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The lines written while `run` ran, once the request's own line is out (it is written on close). */
async function logged<T>(run: () => Promise<T>) {
  restore = logTo((line) => void lines.push(line));
  const result = await run();
  await vi.waitFor(() => expect(lines.some((l) => JSON.parse(l).msg === "request")).toBe(true));
  return { result, records: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the request log", () => {
  it("writes one JSON line per request, with its id, route, status and user, and never the cookie or the password", async () => {
    const { result, records } = await logged(() =>
      send(
        "/action?next=/home",
        { cookie: `next-auth.session-token=${COOKIE_VALUE}`, "next-action": "7f00aa", "content-type": "application/json" },
        JSON.stringify({ password: PASSWORD }),
      ),
    );
    const requests = records.filter((r) => r.msg === "request");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      level: "info",
      requestId: result.requestId,
      userId: "user-42",
      method: "POST",
      route: "/action",
      status: 200,
      action: "7f00aa",
    });
    expect(typeof requests[0].durationMs).toBe("number");
    // The action's unexpected error is logged once, under the same request id, with its cause.
    const errors = records.filter((r) => r.level === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        scope: "action",
        msg: "unexpected error",
        requestId: result.requestId,
        userId: "user-42",
        err: expect.objectContaining({ message: "lỗi bất ngờ trong xử lý" }),
      }),
    ]);
    const all = lines.join("");
    expect(all).not.toContain(COOKIE_VALUE);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain("next=/home");
  });

  it("takes X-Request-Id only from a trusted proxy, and only when it looks like an id", async () => {
    const forged = await logged(() => send("/", { "x-request-id": "tu-trinh-duyet-123" }));
    expect(forged.result.requestId).not.toBe("tu-trinh-duyet-123");
    expect(forged.records.find((r) => r.msg === "request")?.requestId).toBe(forged.result.requestId);
    restore();
    lines = [];
    trusted = true;
    expect((await logged(() => send("/", { "x-request-id": "proxy-abc.123" }))).result.requestId).toBe("proxy-abc.123");
    restore();
    lines = [];
    expect((await logged(() => send("/", { "x-request-id": "bad id\twith space" }))).result.requestId).not.toContain(" ");
  });

  it("names a set-password link's route without its token", () => {
    expect(loggedRoute("/dat-mat-khau/AbC123-token_xyz?x=1")).toBe("/dat-mat-khau/[token]");
    expect(loggedRoute("/blocs/b1/years/2026?tab=x")).toBe("/blocs/b1/years/2026");
  });
});
