import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { deliveryLog } from "@/lib/notifications/queries";
import { deliveryLogFilterSchema } from "@/lib/notifications/schemas";
import { Outbox } from "@/components/notifications/outbox";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("outbox.title") };
}

// The administrator's log of every notification recorded, in the app and by e-mail (and, without SMTP_URL, the e-mails themselves).
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const filter = deliveryLogFilterSchema.parse(await searchParams);
  const log = await deliveryLog(session, filter);
  if (!log) notFound();
  return <Outbox log={log} filter={filter} />;
}
