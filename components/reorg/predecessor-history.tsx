import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { formatDate, formatNumber } from "@/lib/format/vi";
import type { PredecessorYear, predecessorHistory } from "@/lib/reorg/queries";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";

type History = Awaited<ReturnType<typeof predecessorHistory>>;

/** The successor's page: its predecessors' years, each marked as theirs ("… (trước hợp nhất)"). */
export async function PredecessorHistory({ unitName, history }: { unitName: string; history: History }) {
  const t = await getTranslations("reorg");
  const columns: Column<PredecessorYear>[] = [
    { key: "unit", label: t("history.unit"), render: (r) => t("history.before", { unit: r.unitName }) },
    { key: "year", label: t("history.year"), render: (r) => <span className="font-medium tabular-nums">{r.year}</span> },
    {
      key: "bloc",
      label: t("history.bloc"),
      render: (r) => (
        <Link href={`/blocs/${r.blocId}/years/${r.year}`} className="text-sky-800 hover:underline">
          {r.blocName}
        </Link>
      ),
    },
    { key: "role", label: t("history.role"), render: (r) => t(`history.roles.${r.role}`) },
    { key: "total", label: t("history.total"), numeric: true, render: (r) => (r.total === null ? "—" : formatNumber(r.total)) },
    { key: "rank", label: t("history.rank"), render: (r) => (r.rank === null ? "—" : t("history.rankOf", { rank: r.rank, of: r.of ?? r.rank })) },
    { key: "awards", label: t("history.awards"), render: (r) => r.awards.join("; ") || "—" },
  ];
  return (
    <Card title={t("history.title")}>
      <ul className="mb-3 space-y-1 text-sm text-slate-700">
        {history.predecessors.map((p) => (
          <li key={p.id}>
            <Link href={`/units/${p.id}`} className="text-sky-800 hover:underline">
              {t("history.mergedOn", { unit: p.name, date: formatDate(p.effectiveDate), decision: p.decisionNo })}
            </Link>
          </li>
        ))}
      </ul>
      {history.years.length === 0 ? (
        <p className="text-sm text-slate-600">{t("history.empty")}</p>
      ) : (
        <DataTable
          rows={history.years}
          columns={columns}
          rowKey={(r) => `${r.unitId}-${r.year}-${r.blocId}`}
          query={{}}
          basePath="/units"
          caption={t("history.caption", { unit: unitName })}
        />
      )}
    </Card>
  );
}
