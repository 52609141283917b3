import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import { EVENT_KINDS } from "@/lib/notifications/kinds";
import type { InboxRow } from "@/lib/notifications/queries";
import type { InboxFilter } from "@/lib/notifications/schemas";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { InboxEntry } from "./inbox-entry";
import { MarkAllRead } from "./mark-all-read";

type Props = { rows: InboxRow[]; filter: InboxFilter; unread: number; can: { outbox: boolean } };

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

// The caller's notifications: a filter (read or not, kind), mark all read, each entry leading to its place.
export async function Inbox({ rows, filter, unread, can }: Props) {
  const [t, tc] = await Promise.all([getTranslations("notifications"), getTranslations("common")]);
  const filtered = !!(filter.read || filter.kind);
  return (
    <>
      <PageHeader
        title={t("inbox.title")}
        subtitle={t("bell.unread", { count: unread })}
        crumbs={[{ label: tc("home"), href: "/" }, { label: t("inbox.title") }]}
        actions={
          <>
            {unread > 0 && rows.length > 0 && <MarkAllRead upTo={rows[0].createdAt.toISOString()} label={t("inbox.markAllRead")} />}
            {can.outbox && (
              <Link href="/thong-bao/thu-di" className={buttonClass("ghost")}>
                {t("inbox.outbox")}
              </Link>
            )}
          </>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("inbox.filter")}>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("inbox.status")}
          <select name="read" defaultValue={filter.read ?? ""} className={selectClass}>
            <option value="">{t("inbox.all")}</option>
            <option value="unread">{t("inbox.unread")}</option>
            <option value="read">{t("inbox.read")}</option>
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
          {t("inbox.kind")}
          <select name="kind" defaultValue={filter.kind ?? ""} className={`${selectClass} max-w-full`}>
            <option value="">{t("inbox.allKinds")}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("inbox.filter")}
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={filtered ? t("inbox.emptyFiltered") : t("inbox.empty")} />
      ) : (
        <Card>
          <ul className="-m-2 divide-y divide-slate-100" data-testid="inbox">
            {rows.map((n) => (
              <li key={n.id}>
                <InboxEntry id={n.id} link={n.link} unread={!n.readAt} title={t(`events.${n.kind}.title`, n.params)}>
                  <span className="mt-1 block break-words text-sm text-slate-700">{t(`events.${n.kind}.body`, n.params)}</span>
                  <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    {!n.readAt && <Badge tone="sky">{t("inbox.newBadge")}</Badge>}
                    <span>{t(`kinds.${n.kind}`)}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                  </span>
                </InboxEntry>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
