import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { LayerEntry, LayersDiff } from "@/lib/scoring/layers";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

/**
 * Side by side: self → reviewed → appraised per leaf (who, when, why) and per group, changes
 * highlighted. The appraisal's column appears once the board has appraised a leaf: before that its
 * totals would only repeat the review's, under a heading that says the board gave them.
 */
export async function LayersView({ diff }: { diff: LayersDiff }) {
  const t = await getTranslations("scoring");
  const appraised = diff.leaves.some((l) => l.layers.appraised);
  const value = (e: LayerEntry | null) =>
    !e || e.value === null ? "–" : typeof e.value === "boolean" ? t(e.value ? "gate.pass" : "gate.fail") : formatNumber(e.value);
  const cell = (e: LayerEntry | null, changed: boolean) => (
    <Td className={changed ? "bg-amber-50" : undefined}>
      <span className="font-medium">{value(e)}</span>
      {e && e.by && (
        <span className="block text-xs text-slate-600">
          {e.by} · {formatDateTime(e.at)}
        </span>
      )}
      {e?.reason && <span className="block text-xs text-slate-800">{e.reason}</span>}
    </Td>
  );
  const delta = (n: number) => (n === 0 ? "" : ` (${n > 0 ? "+" : ""}${formatNumber(n)})`);
  return (
    <div className="space-y-4">
      <Table caption={t("layers.byGroup")} dense>
        <THead>
          <Th>{t("layers.group")}</Th>
          <Th numeric>{t("layers.self")}</Th>
          <Th numeric>{t("layers.reviewed")}</Th>
          {appraised && <Th numeric>{t("layers.appraised")}</Th>}
        </THead>
        <TBody>
          {diff.groups.map((g) => (
            <Tr key={g.groupCode}>
              <RowHeader className="font-normal">
                {g.groupCode}. {g.title}
              </RowHeader>
              <Td numeric>{formatNumber(g.self.total)}</Td>
              <Td numeric className={g.reviewDelta ? "bg-amber-50" : undefined}>
                {formatNumber(g.reviewed.total)}
                {delta(g.reviewDelta)}
              </Td>
              {appraised && (
                <Td numeric className={g.appraisalDelta ? "bg-amber-50" : undefined}>
                  {formatNumber(g.appraised.total)}
                  {delta(g.appraisalDelta)}
                </Td>
              )}
            </Tr>
          ))}
          <Tr className="border-t border-slate-300 font-semibold">
            <RowHeader className="font-semibold">{t("totals.total")}</RowHeader>
            <Td numeric>{formatNumber(diff.totals.self.total)}</Td>
            <Td numeric>{formatNumber(diff.totals.reviewed.total)}</Td>
            {appraised && <Td numeric>{formatNumber(diff.totals.appraised.total)}</Td>}
          </Tr>
        </TBody>
      </Table>
      <Table caption={t("layers.byLeaf")} dense>
        <THead>
          <Th>{t("sheet.code")}</Th>
          <Th>{t("sheet.criterion")}</Th>
          <Th>{t("layers.self")}</Th>
          <Th>{t("layers.reviewed")}</Th>
          {appraised && <Th>{t("layers.appraised")}</Th>}
        </THead>
        <TBody>
          {diff.leaves.map((l) => (
            <Tr key={l.leafCode}>
              <Td className="font-mono">{l.leafCode}</Td>
              <Td className="min-w-48">{l.title}</Td>
              {cell(l.layers.self, false)}
              {cell(
                l.layers.reviewed,
                l.changes.some((c) => c.to === "reviewed"),
              )}
              {appraised &&
                cell(
                  l.layers.appraised,
                  l.changes.some((c) => c.to === "appraised"),
                )}
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
