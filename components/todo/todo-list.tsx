import { getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { formatDateTime } from "@/lib/format/vi";
import { SOON_DAYS } from "@/lib/overview/stage";
import type { TodoItem } from "@/lib/todo/facts";

/** "Việc cần làm": what waits for the signed-in person now, most urgent first, each linking to where it is done. */
export async function TodoList({ items }: { items: TodoItem[] }) {
  const t = await getTranslations("todo");
  return (
    <Card title={t("title")} className="mb-6">
      {items.length === 0 ? (
        <div className="text-center sm:text-left">
          <p className="font-medium text-slate-700">{t("empty")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
        </div>
      ) : (
        <ul className="-my-3 divide-y divide-slate-100" aria-label={t("caption")}>
          {items.map((item) => (
            <li key={`${item.blocYearId}:${item.kind}`} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
              <div className="min-w-0 space-y-0.5">
                <Link href={item.href} className="font-medium text-sky-800 hover:underline">
                  {t(`kinds.${item.kind}`, { count: item.count ?? 0 })}
                </Link>
                <p className="text-sm text-slate-600">{t("blocYear", { bloc: item.blocName, year: item.year })}</p>
              </div>
              {item.deadline && item.daysLeft !== null && (
                <p className="flex shrink-0 flex-wrap items-center gap-2 text-sm sm:flex-col sm:items-end sm:gap-1">
                  <span className="whitespace-nowrap text-slate-700">{t("deadline", { date: formatDateTime(item.deadline) })}</span>
                  <Badge tone={item.daysLeft <= SOON_DAYS ? "amber" : "sky"}>{t("daysLeft", { days: item.daysLeft })}</Badge>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
