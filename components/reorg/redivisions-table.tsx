import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/vi";
import { decisionKind } from "@/lib/reorg/decision-kind";
import type { listRedivisions } from "@/lib/reorg/queries";
import { EmptyState } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";

type Redivision = Awaited<ReturnType<typeof listRedivisions>>[number];

/** Every re-division: its year and decision, and each unit moved from bloc to bloc. */
export async function RedivisionsTable({ redivisions }: { redivisions: Redivision[] }) {
  const t = await getTranslations("reorg");
  if (redivisions.length === 0) return <EmptyState title={t("redivision.empty")} />;
  const columns: Column<Redivision>[] = [
    { key: "year", label: t("redivision.year"), render: (r) => <span className="font-medium">{r.year}</span> },
    {
      key: "decision",
      label: t("changes.decision"),
      render: (r) => (
        <>
          {t("decision.value", { kind: decisionKind(r.decisionNo), no: r.decisionNo, date: formatDate(r.decisionDate), issuer: r.decisionIssuer })}
          <span className="block text-xs text-slate-600">
            {t("decision.effectiveDate")}: {formatDate(r.effectiveDate)}
          </span>
        </>
      ),
    },
    {
      key: "moves",
      label: t("redivision.moves"),
      render: (r) => (
        <ul className="space-y-1">
          {r.moves.map((m) => (
            <li key={m.id}>
              {t("redivision.move", { unit: m.unit.name, from: m.from?.bloc.name ?? t("redivision.fromNone"), to: m.to.bloc.name })}
              {m.sheetMoved && <span className="text-xs text-slate-600"> ({t("redivision.sheetMoved")})</span>}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return <DataTable rows={redivisions} columns={columns} rowKey={(r) => r.id} query={{}} basePath="/reorganisation" caption={t("redivision.caption")} />;
}
