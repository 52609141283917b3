import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { listDeliveries } from "@/lib/notifications/queries";
import { outboxFilterSchema } from "@/lib/notifications/schemas";
import { Outbox } from "@/components/notifications/outbox";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("outbox.title") };
}

// The administrator's record of every notification e-mail (and, without SMTP_URL, the e-mails themselves).
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const filter = outboxFilterSchema.parse(await searchParams);
  const outbox = await listDeliveries(session, filter);
  if (!outbox) notFound();
  return <Outbox rows={outbox.rows} smtp={outbox.smtp} filter={filter} />;
}
