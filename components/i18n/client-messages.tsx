import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it the base messages, the named namespaces, and the errors
 * and validation messages of `errorsOf` (namespaces whose action errors they may show). The
 * nearest one wins (providers do not merge), so a page lists every namespace its client
 * components read and its actions answer with.
 */
export async function ClientMessages({
  namespaces,
  errorsOf = [],
  children,
}: {
  namespaces: readonly string[];
  errorsOf?: readonly string[];
  children: React.ReactNode;
}) {
  const all = await getMessages();
  return <NextIntlClientProvider messages={pickClientMessages(all, namespaces, errorsOf)}>{children}</NextIntlClientProvider>;
}
