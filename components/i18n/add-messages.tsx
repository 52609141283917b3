"use client";

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from "next-intl";
import { useMemo } from "react";
import { mergeMessages } from "@/lib/i18n/client-messages";

type Messages = ReturnType<typeof useMessages>;

/** A section's messages over the page's (components/i18n/client-messages.tsx); the locale and time zone as above. */
export function AddMessages({ messages, children }: { messages: Messages; children: React.ReactNode }) {
  const above = useMessages();
  const merged = useMemo(() => mergeMessages(above, messages), [above, messages]);
  return (
    <NextIntlClientProvider locale={useLocale()} timeZone={useTimeZone()} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
