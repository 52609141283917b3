import { getTranslations } from "next-intl/server";
import type { PlanRow } from "@/components/plans/plan-editor";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

/** The year's plan for readers: the same rows as the editor, without its buttons. */
export async function PlanTable({ year, items }: { year: number; items: PlanRow[] }) {
  const t = await getTranslations("plans");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("items.empty")}</p>;
  return (
    <Table caption={t("items.caption", { year })}>
      <THead>
        <Th>{t("items.number")}</Th>
        <Th>{t("fields.title")}</Th>
        <Th>{t("items.when")}</Th>
        <Th>{t("items.host")}</Th>
        <Th>{t("fields.note")}</Th>
      </THead>
      <TBody>
        {items.map((item, i) => (
          <Tr key={item.id}>
            <Td className="tabular-nums">{i + 1}</Td>
            <Td className="min-w-48 font-medium text-slate-900">{item.values.title}</Td>
            <Td className="whitespace-nowrap">{item.when}</Td>
            <Td className="min-w-36">{item.host}</Td>
            <Td className="whitespace-pre-line text-slate-700">{item.values.note}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
