import { getTranslations } from "next-intl/server";
import type { PlanRow } from "@/components/plans/plan-editor";

/** The year's plan for readers: the same rows as the editor, without its buttons. */
export async function PlanTable({ year, items }: { year: number; items: PlanRow[] }) {
  const t = await getTranslations("plans");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("items.empty")}</p>;
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("items.caption", { year })}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className={cell}>
              {t("items.number")}
            </th>
            <th scope="col" className={cell}>
              {t("fields.title")}
            </th>
            <th scope="col" className={cell}>
              {t("items.when")}
            </th>
            <th scope="col" className={cell}>
              {t("items.host")}
            </th>
            <th scope="col" className={cell}>
              {t("fields.note")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item, i) => (
            <tr key={item.id}>
              <td className={`${cell} tabular-nums`}>{i + 1}</td>
              <td className={`${cell} min-w-48 font-medium text-slate-900`}>{item.values.title}</td>
              <td className={`${cell} whitespace-nowrap`}>{item.when}</td>
              <td className={`${cell} min-w-36`}>{item.host}</td>
              <td className={`${cell} whitespace-pre-line text-slate-700`}>{item.values.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
