import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

// Vietnamese is the product's language; English is offered second through a cookie.
// Messages live in one file per namespace (messages/<locale>/<namespace>.json) so
// features add their strings without editing a shared file.
type Messages = Record<string, unknown>;
const cache = new Map<string, Messages>();

async function load(locale: string): Promise<Messages> {
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json"));
  const entries = await Promise.all(files.map(async (f) => [f.slice(0, -5), JSON.parse(await readFile(path.join(dir, f), "utf8"))] as const));
  return Object.fromEntries(entries);
}

function mergeFallback(primary: Messages, fallback: Messages): Messages {
  const out: Messages = { ...fallback };
  for (const [k, v] of Object.entries(primary)) {
    const f = fallback[k];
    out[k] = v && typeof v === "object" && f && typeof f === "object" ? mergeFallback(v as Messages, f as Messages) : v;
  }
  return out;
}

export async function loadMessages(locale: "vi" | "en"): Promise<Messages> {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const vi = await load("vi");
  // Untranslated English strings fall back to Vietnamese rather than failing.
  const messages = locale === "vi" ? vi : mergeFallback(await load("en"), vi);
  cache.set(locale, messages);
  return messages;
}

export default getRequestConfig(async () => {
  const requested = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = requested === "en" ? "en" : "vi";
  return { locale, timeZone: "Asia/Ho_Chi_Minh", messages: await loadMessages(locale) };
});
