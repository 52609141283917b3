import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickBaseMessages, pickClientMessages } from "@/lib/i18n/client-messages";
import { AddMessages } from "@/components/i18n/add-messages";

/** The root's messages: the base every client component may read (lib/i18n/client-messages.ts). */
export async function BaseMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickBaseMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}

/**
 * Gives the client components below it the named namespaces and the errors and validation
 * messages of `errorsOf` (namespaces whose action errors they may show), added in the browser to
 * the messages above it, so the base is sent once per page. A page lists every namespace its
 * client components read and its actions answer with.
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
  return <AddMessages messages={pickClientMessages(await getMessages(), namespaces, errorsOf)}>{children}</AddMessages>;
}
