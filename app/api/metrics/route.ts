import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { appMetrics } from "@/lib/metrics/app";

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

// Prometheus's scrape: `Authorization: Bearer $METRICS_TOKEN`. Without the variable the route does
// not exist (404); with a wrong or missing token, 401. Counts of requests and jobs, no personal data.
export async function GET(request: Request) {
  if (!env.METRICS_TOKEN) return new Response("Not found", { status: 404 });
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameToken(given, env.METRICS_TOKEN)) return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  return new Response(await appMetrics(), { headers: { "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store" } });
}
