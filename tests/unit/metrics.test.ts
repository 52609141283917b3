import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withMetrics } from "@/lib/metrics/http";
import { renderMetrics } from "@/lib/metrics/registry";
import { routeMatcher } from "@/lib/metrics/routes";

const route = routeMatcher(["/", "/blocs", "/blocs/new", "/blocs/[id]", "/blocs/[id]/years/[year]", "/dat-mat-khau/[token]", "/api/auth/[...nextauth]"]);

describe("route labels", () => {
  it("are the route's pattern, never the path's ids or secrets", () => {
    expect(route("/blocs/bloc-noi-chinh/years/2026?tab=x")).toBe("/blocs/[id]/years/[year]");
    expect(route("/blocs/new")).toBe("/blocs/new");
    expect(route("/blocs/abc/")).toBe("/blocs/[id]");
    expect(route("/dat-mat-khau/AbC123-secret")).toBe("/dat-mat-khau/[token]");
    expect(route("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(route("/")).toBe("/");
    expect(route("/_next/static/chunks/x.js")).toBe("/_next");
    expect(route("/khong-co/trang/nay")).toBe("other");
  });
});

describe("withMetrics", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const app = withMetrics(
      (req, res) => {
        res.statusCode = req.url?.startsWith("/blocs/") ? 200 : 404;
        setTimeout(() => res.end("ok"), 20);
      },
      { route, action: (id) => (id === "abc123" ? "lib/scoring/actions.ts#saveSelfAction" : undefined) },
    );
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (path: string, headers: Record<string, string> = {}) =>
    new Promise<void>((resolve, reject) => {
      const req = request({ port, path, method: headers["next-action"] ? "POST" : "GET", headers }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });

  it("counts requests by pattern, method and status class, and actions by name", async () => {
    await send("/blocs/one/years/2026");
    await send("/blocs/two/years/2025");
    await send("/nowhere");
    await send("/blocs/one/years/2026", { "next-action": "abc123" });
    // The close event follows the client's end.
    await vi.waitFor(() =>
      expect(renderMetrics()).toContain('server_action_duration_seconds_count{action="lib/scoring/actions.ts#saveSelfAction",status="2xx"} 1'),
    );
    const text = renderMetrics();
    expect(text).toContain('http_request_duration_seconds_count{route="/blocs/[id]/years/[year]",method="GET",status="2xx"} 2');
    expect(text).toContain('http_request_duration_seconds_count{route="other",method="GET",status="4xx"} 1');
    expect(text).toContain('server_action_duration_seconds_count{action="lib/scoring/actions.ts#saveSelfAction",status="2xx"} 1');
    // 20 ms each at least: none within 10 ms, every one within +Inf.
    expect(text).toContain('http_request_duration_seconds_bucket{route="/blocs/[id]/years/[year]",method="GET",status="2xx",le="0.01"} 0');
    expect(text).toContain('http_request_duration_seconds_bucket{route="/blocs/[id]/years/[year]",method="GET",status="2xx",le="+Inf"} 2');
    expect(text).not.toContain("bloc-noi-chinh");
  });
});
