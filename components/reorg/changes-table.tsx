import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/vi";
import { decisionKind } from "@/lib/reorg/decision-kind";
import type { listUnitChanges } from "@/lib/reorg/queries";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";

type Change = Awaited<ReturnType<typeof listUnitChanges>>[number];
const TONE = { MERGE: "sky", RENAME: "slate", DISSOLVE: "amber" } as const;

/** Every merge, rename and dissolution with its decision, newest first. */
export async function ChangesTable({ changes }: { changes: Change[] }) {
  const t = await getTranslations("reorg");
  if (changes.length === 0) return <EmptyState title={t("changes.empty")} hint={t("changes.emptyHint")} />;
  const ended = (c: Change) => c.ended.map((e) => e.unit.name).join(", ");
  const what = (c: Change) => {
    if (c.kind === "MERGE") return t("changes.merged", { units: ended(c), successor: c.successor?.name ?? "" });
    if (c.kind === "RENAME") return t("changes.renamed", { old: c.names.map((n) => n.name).join(", "), name: c.successor?.name ?? "" });
    return t("changes.dissolved", { units: ended(c) });
  };
  const columns: Column<Change>[] = [
    { key: "effective", label: t("changes.effective"), render: (c) => <span className="whitespace-nowrap">{formatDate(c.effectiveDate)}</span> },
    { key: "kind", label: t("changes.kind"), render: (c) => <Badge tone={TONE[c.kind]}>{t(`kinds.${c.kind}`)}</Badge> },
    { key: "units", label: t("changes.units"), render: what },
    {
      key: "decision",
      label: t("changes.decision"),
      render: (c) => t("decision.value", { kind: decisionKind(c.decisionNo), no: c.decisionNo, date: formatDate(c.decisionDate), issuer: c.decisionIssuer }),
    },
  ];
  return <DataTable rows={changes} columns={columns} rowKey={(c) => c.id} query={{}} basePath="/reorganisation" caption={t("changes.caption")} />;
}
