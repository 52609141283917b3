import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { RankingPage } from "@/lib/ranking/queries";
import { Card } from "@/components/ui/card";
import { RulesEditor } from "@/components/ranking/rules-editor";

// `source`: which regulation of the bloc the tie-break rules are cited from (components/regulations/regulation-in-force.tsx).
type Props = { blocYearId: string; rules: RankingPage["rules"]; groups: RankingPage["groups"]; canSet: boolean; source?: React.ReactNode };

/** The tie-break rules: an editor while they may be set, the published list otherwise. */
export async function RulesCard({ blocYearId, rules, groups, canSet, source }: Props) {
  const t = await getTranslations("ranking");
  const shown = rules?.rules ?? [];
  return (
    <Card title={t("rules.title")}>
      <div className="space-y-3 text-sm">
        <p className="text-slate-600">{t("rules.hint")}</p>
        {source}
        {rules?.publishedAt ? (
          <p className="font-medium">{t("rules.published", { date: formatDateTime(rules.publishedAt) })}</p>
        ) : (
          rules && <p className="text-amber-800">{t("rules.draft")}</p>
        )}
        {canSet ? (
          <RulesEditor key={rules?.version ?? 0} blocYearId={blocYearId} version={rules?.version ?? 0} rules={shown} groups={groups} />
        ) : shown.length === 0 ? (
          <p>{t("rules.none")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5">
            {shown.map((r, i) => (
              <li key={i}>{t(`rules.kind.${r.kind}`, { group: r.kind === "groupScore" ? r.groupCode : "" })}</li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}
