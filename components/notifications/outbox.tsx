import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { DeliveryRow } from "@/lib/notifications/queries";
import { DELIVERY_STATUSES, type OutboxFilter } from "@/lib/notifications/schemas";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";

const TONES = { PENDING: "amber", SENT: "green", KEPT: "sky", FAILED: "red", SKIPPED: "slate" } as const;
const field = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

// Who was sent what, through which channel, when and how it went; each e-mail's text on demand.
export async function Outbox({ rows, smtp, filter }: { rows: DeliveryRow[]; smtp: boolean; filter: OutboxFilter }) {
  const [t, tc] = await Promise.all([getTranslations("notifications"), getTranslations("common")]);
  return (
    <>
      <PageHeader
        title={t("outbox.title")}
        subtitle={t("outbox.intro")}
        crumbs={[{ label: tc("home"), href: "/" }, { label: t("inbox.title"), href: "/thong-bao" }, { label: t("outbox.title") }]}
      />
      {!smtp && (
        <div className="mb-4">
          <Alert tone="info">{t("outbox.noSmtp")}</Alert>
        </div>
      )}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("outbox.filter")}>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("outbox.status")}
          <select name="status" defaultValue={filter.status ?? ""} className={field}>
            <option value="">{t("outbox.all")}</option>
            {DELIVERY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`outbox.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
          {t("outbox.search")}
          <input type="search" name="q" defaultValue={filter.q ?? ""} className={field} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("outbox.filter")}
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={t("outbox.empty")} />
      ) : (
        <Table caption={t("outbox.title")} frame="card">
          <THead>
            <Th rowName>{t("outbox.to")}</Th>
            <Th>{t("outbox.subject")}</Th>
            <Th>{t("outbox.channel")}</Th>
            <Th>{t("outbox.when")}</Th>
            <Th>{t("outbox.result")}</Th>
          </THead>
          <TBody>
            {rows.map((d) => (
              <Tr key={d.id}>
                <RowHeader>
                  {d.user.name}
                  <span className="block text-xs font-normal text-slate-600">{d.address ?? t("outbox.noAddress")}</span>
                </RowHeader>
                <Td className="min-w-56">
                  <details>
                    <summary className="cursor-pointer break-words">{d.subject}</summary>
                    <pre className="mt-2 max-w-xl whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-sans text-xs text-slate-800">{d.text}</pre>
                  </details>
                </Td>
                <Td>{t("outbox.channels.email")}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(d.createdAt)}</Td>
                <Td>
                  <Badge tone={TONES[d.status]}>{t(`outbox.statuses.${d.status}`)}</Badge>
                  <span className="block text-xs text-slate-600">
                    {t("outbox.attempts")}: {d.attempts}
                    {d.doneAt ? ` · ${formatDateTime(d.doneAt)}` : ""}
                  </span>
                  {d.error && <span className="block max-w-xs break-words text-xs text-brand-800">{d.error}</span>}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
