import { getTranslations } from "next-intl/server";
import { formatDate, toDateInputValue } from "@/lib/format/vi";
import type { PlanRow } from "@/components/plans/plan-editor";

type Item = {
  id: string;
  title: string;
  startDate: Date | null;
  endDate: Date | null;
  hostUnitId: string | null;
  note: string | null;
  updatedAt: Date;
  host: { name: string } | null;
};

/** Plan items formatted on the server (dd/MM/yyyy), for the editor and the read-only table alike. */
export async function toPlanRows(items: Item[]): Promise<PlanRow[]> {
  const t = await getTranslations("plans");
  const when = (s: Date | null, e: Date | null) => {
    const [start, end] = [formatDate(s), formatDate(e)];
    if (start && end) return start === end ? start : t("items.range", { start, end });
    if (start) return t("items.from", { start });
    if (end) return t("items.until", { end });
    return t("items.noDate");
  };
  return items.map((item) => ({
    id: item.id,
    when: when(item.startDate, item.endDate),
    host: item.host?.name ?? t("items.noHost"),
    stamp: item.updatedAt.toISOString(),
    values: {
      title: item.title,
      startDate: toDateInputValue(item.startDate),
      endDate: toDateInputValue(item.endDate),
      hostUnitId: item.hostUnitId ?? "",
      note: item.note ?? "",
    },
  }));
}
