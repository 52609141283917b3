import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { clientAddressOf, proxyList } from "@/lib/security/client-address";
import { WINDOW_SECONDS, type LimitKind } from "./config";
import { countHits } from "./count-sql";

/*
 * The limits on expensive requests (documents, workbooks, imports, uploads), counted in the
 * database so that they hold across app instances. One round trip per request, small beside the
 * rendering or reading it guards. Every request counts, refused ones included: a window is fixed
 * to the clock, so hammering during a refusal does not lengthen it.
 */
export type CountedKind = Exclude<LimitKind, "actions" | "anonymous">;

const proxies = proxyList(env.TRUSTED_PROXIES);
const TEXT = { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };

/** Seconds before `userId`, from `address`, may make another request of `kind`; 0 when it may now. Counts this one. */
export async function throttle(kind: CountedKind, userId: string, address: string, now = new Date()): Promise<number> {
  const limit = env.RATE_LIMITS?.[kind];
  if (!limit) return 0;
  const windowMs = WINDOW_SECONDS * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const keys = { user: `${kind}:u:${userId}`, address: `${kind}:a:${address}` };
  const counts = await countHits([keys.user, keys.address], new Date(start));
  const over = (counts.get(keys.user) ?? 0) > limit.perUser || (counts.get(keys.address) ?? 0) > limit.perAddress;
  return over ? Math.ceil((start + windowMs - now.getTime()) / 1000) : 0;
}

/** The client's address of a route's request (lib/security/client-address.ts). */
export const requestAddress = (request: Request) => clientAddressOf(Object.fromEntries(request.headers), proxies);

/** 429 with Retry-After and the sentence the user reads. */
export function tooFast(seconds: number): Response {
  return new Response(`Bạn thao tác quá nhanh, vui lòng thử lại sau ${seconds} giây.`, { status: 429, headers: { ...TEXT, "Retry-After": String(seconds) } });
}

/** For a route: the 429 to answer when the caller is over the limit of `kind`, else null. */
export async function throttleRoute(kind: CountedKind, userId: string, request: Request): Promise<Response | null> {
  const wait = await throttle(kind, userId, requestAddress(request));
  return wait ? tooFast(wait) : null;
}

/** The address of the request an action runs in; outside a request (tests, scripts) there is none to read. */
async function actionAddress(): Promise<string> {
  try {
    return clientAddressOf(Object.fromEntries(await headers()), proxies);
  } catch {
    return "local";
  }
}

/** For an action: refuses with errors.tooFast when the caller is over the limit of `kind`. */
export async function throttleAction(kind: CountedKind, userId: string): Promise<void> {
  const wait = await throttle(kind, userId, await actionAddress());
  if (wait) throw new DomainError("errors.tooFast", { seconds: wait });
}
