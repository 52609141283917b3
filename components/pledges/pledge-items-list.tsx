import { getTranslations } from "next-intl/server";

/** The pledge's content as it reads: numbered items, frozen or read-only. */
export async function PledgeItemsList({ items }: { items: { id: string; content: string }[] }) {
  const t = await getTranslations("pledges");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("items.empty")}</p>;
  return (
    <ol className="list-decimal space-y-2 pl-6 text-sm leading-relaxed text-slate-900 marker:text-slate-600">
      {items.map((item) => (
        <li key={item.id} className="whitespace-pre-line pl-1">
          {item.content}
        </li>
      ))}
    </ol>
  );
}
