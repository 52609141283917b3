import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { DeliveryLogRow } from "@/lib/notifications/log-sql";
import { LOG_CHANNELS, LOG_EVENTS, LOG_RESULTS, type DeliveryLogFilter } from "@/lib/notifications/schemas";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";

const TONES: Record<string, "amber" | "green" | "sky" | "red" | "slate"> = {
  PENDING: "amber",
  SENT: "green",
  KEPT: "sky",
  FAILED: "red",
  SKIPPED: "slate",
  UNREAD: "amber",
  READ: "green",
};
const field = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

/** The same filters on another page. */
function pageHref(filter: DeliveryLogFilter, page: number) {
  const params = new URLSearchParams();
  for (const key of ["channel", "result", "event", "q"] as const) if (filter[key]) params.set(key, filter[key]!);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `/thong-bao/thu-di?${qs}` : "/thong-bao/thu-di";
}

type Log = { rows: DeliveryLogRow[]; page: number; pages: number; total: number; smtp: boolean };

// Every notification recorded: who was told what, through which channel, when and how it went; each e-mail's text on demand.
export async function Outbox({ log, filter }: { log: Log; filter: DeliveryLogFilter }) {
  const [t, tc] = await Promise.all([getTranslations("notifications"), getTranslations("common")]);
  const eventName = (event: string) => (event === "digest" ? t("outbox.digest") : t(`kinds.${event}`));
  const select = (name: "channel" | "result" | "event", options: readonly { value: string; label: string }[]) => (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
      {t(`outbox.${name}`)}
      <select name={name} defaultValue={filter[name] ?? ""} className={field}>
        <option value="">{t("outbox.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <PageHeader
        title={t("outbox.title")}
        subtitle={t("outbox.intro")}
        crumbs={[{ label: tc("home"), href: "/" }, { label: t("inbox.title"), href: "/thong-bao" }, { label: t("outbox.title") }]}
      />
      {!log.smtp && (
        <div className="mb-4">
          <Alert tone="info">{t("outbox.noSmtp")}</Alert>
        </div>
      )}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("outbox.filter")}>
        {select(
          "channel",
          LOG_CHANNELS.map((c) => ({ value: c, label: t(`outbox.channels.${c}`) })),
        )}
        {select(
          "result",
          LOG_CHANNELS.flatMap((c) => LOG_RESULTS[c].map((r) => ({ value: r, label: `${t(`outbox.channels.${c}`)}: ${t(`outbox.statuses.${r}`)}` }))),
        )}
        {select(
          "event",
          LOG_EVENTS.map((e) => ({ value: e, label: eventName(e) })),
        )}
        <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
          {t("outbox.search")}
          <input type="search" name="q" defaultValue={filter.q ?? ""} className={field} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("outbox.filter")}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600">{t("outbox.count", { total: log.total })}</p>
      {log.rows.length === 0 ? (
        <EmptyState title={t("outbox.empty")} />
      ) : (
        <Table caption={t("outbox.title")} frame="card">
          <THead>
            <Th rowName>{t("outbox.to")}</Th>
            <Th>{t("outbox.what")}</Th>
            <Th>{t("outbox.channel")}</Th>
            <Th>{t("outbox.when")}</Th>
            <Th>{t("outbox.result")}</Th>
          </THead>
          <TBody>
            {log.rows.map((d) => (
              <Tr key={`${d.channel}-${d.id}`}>
                <RowHeader>
                  {d.userName}
                  <span className="block text-xs font-normal text-slate-600">{d.channel === "email" ? (d.address ?? t("outbox.noAddress")) : d.username}</span>
                </RowHeader>
                <Td className="min-w-56">
                  <span className="block text-xs text-slate-600">{eventName(d.event)}</span>
                  {d.channel === "email" ? (
                    <details>
                      <summary className="cursor-pointer break-words">{d.subject}</summary>
                      <pre className="mt-2 max-w-xl whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-sans text-xs text-slate-800">{d.body}</pre>
                    </details>
                  ) : (
                    <span className="break-words">{t(`events.${d.event}.title`, d.params ?? {})}</span>
                  )}
                </Td>
                <Td>
                  <span className="whitespace-nowrap">{t(`outbox.channels.${d.channel}`)}</span>
                  {d.channel === "inApp" && d.emailMode && (
                    <span className="block text-xs text-slate-600">{t(`outbox.emailModes.${d.emailMode as "NONE" | "NOW" | "DIGEST"}`)}</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(d.at)}</Td>
                <Td>
                  <Badge tone={TONES[d.result] ?? "slate"}>{t(`outbox.statuses.${d.result as "READ"}`)}</Badge>
                  <span className="block text-xs text-slate-600">
                    {d.channel === "email" && `${t("outbox.attempts")}: ${d.attempts}`}
                    {d.doneAt ? `${d.channel === "email" ? " · " : ""}${formatDateTime(d.doneAt)}` : ""}
                  </span>
                  {d.error && <span className="block max-w-xs break-words text-xs text-brand-800">{d.error}</span>}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {log.pages > 1 && (
        <nav aria-label={t("outbox.pagination")} className="mt-3 flex items-center justify-between gap-3">
          {log.page > 1 ? (
            <Link href={pageHref(filter, log.page - 1)} rel="prev" className={linkClass}>
              {t("outbox.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">{t("outbox.pageNumber", { page: log.page, pages: log.pages })}</span>
          {log.page < log.pages ? (
            <Link href={pageHref(filter, log.page + 1)} rel="next" className={linkClass}>
              {t("outbox.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
