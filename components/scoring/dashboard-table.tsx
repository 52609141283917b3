import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { BlocKind } from "@/lib/generated/prisma/enums";
import type { DashboardRow } from "@/lib/scoring/queries";
import { Badge } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { sheetStatusTone } from "@/components/scoring/labels";
import { AssignReviewerForm } from "@/components/scoring/sheet-actions";

type Props = { blocYearId: string; kind: BlocKind; base: string; rows: DashboardRow[]; units: { id: string; name: string }[]; canAssign: boolean };

/** Every member's sheet: status, last change, deadline, total, and its reviewing unit. */
export async function DashboardTable({ blocYearId, kind, base, rows, units, canAssign }: Props) {
  const t = await getTranslations("scoring");
  return (
    <Table caption={t("dashboard.caption")} frame="none">
      <THead>
        <Th rowName>{t("dashboard.unit")}</Th>
        <Th>{t("dashboard.status")}</Th>
        <Th>{t("dashboard.lastChange")}</Th>
        <Th>{t("dashboard.deadline")}</Th>
        <Th numeric>{t("dashboard.total")}</Th>
        {canAssign && <Th>{t("dashboard.reviewer")}</Th>}
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.unitId}>
            <RowHeader>
              <Link href={`${base}/${r.unitId}`} className="text-sky-800 underline">
                {r.unitName}
              </Link>
            </RowHeader>
            <Td>
              <Badge tone={sheetStatusTone[r.status]}>{t(`status.${r.status}`)}</Badge>
              {r.reviewFinishedAt ? (
                <span className="ml-1 text-xs text-emerald-800">{t("dashboard.reviewFinished")}</span>
              ) : (
                r.reviewed && <span className="ml-1 text-xs text-slate-600">{t("dashboard.reviewed")}</span>
              )}
            </Td>
            <Td>{r.updatedAt ? formatDateTime(r.updatedAt) : "–"}</Td>
            <Td>{r.closesAt ? formatDateTime(r.closesAt) : "–"}</Td>
            <Td numeric>{r.total === null ? "–" : formatNumber(r.total)}</Td>
            {canAssign && (
              <Td>
                <AssignReviewerForm blocYearId={blocYearId} unitId={r.unitId} kind={kind} current={r.reviewerUnitId} units={units} />
                {r.flags.map((f) => (
                  <span key={f} className="mt-1 block">
                    <Badge tone="amber">{t(`dashboard.flags.${f}`)}</Badge>
                  </span>
                ))}
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
