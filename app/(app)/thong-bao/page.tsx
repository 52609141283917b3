import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canSeeOutbox } from "@/lib/notifications/policy";
import { listInbox, unreadCount } from "@/lib/notifications/queries";
import { inboxFilterSchema } from "@/lib/notifications/schemas";
import { Inbox } from "@/components/notifications/inbox";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("inbox.title") };
}

// The caller's own notifications (the bell in the header leads here).
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const filter = inboxFilterSchema.parse(await searchParams);
  const [rows, unread] = await Promise.all([listInbox(session, filter), unreadCount(session)]);
  return <Inbox rows={rows} filter={filter} unread={unread} can={{ outbox: canSeeOutbox(session) }} />;
}
