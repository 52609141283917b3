import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it the base messages and the named namespaces. The nearest
 * one wins (providers do not merge), so a page lists every namespace its client components read.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const all = await getMessages();
  return <NextIntlClientProvider messages={pickClientMessages(all, namespaces)}>{children}</NextIntlClientProvider>;
}
