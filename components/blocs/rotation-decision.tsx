import { getTranslations } from "next-intl/server";
import { Badge, DescriptionList } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format/vi";

type Decision = {
  year: number;
  leader: { name: string };
  deputy: { name: string };
  overridden: boolean;
  reason: string | null;
  decisionNo: string | null;
  decisionDate: Date | null;
  createdAt: Date;
};

/** A leadership decision already recorded for a year. */
export async function RotationDecision({ kind, decision }: { kind: "KHOI" | "CUM"; decision: Decision }) {
  const t = await getTranslations("blocs");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {decision.overridden ? <Badge tone="amber">{t("history.overridden")}</Badge> : <Badge tone="sky">{t("history.asProposed")}</Badge>}
        <span>{t("planner.decidedAt", { time: formatDateTime(decision.createdAt) })}</span>
      </div>
      <DescriptionList
        items={[
          { label: t(`leader.${kind}`), value: decision.leader.name },
          { label: t(`deputy.${kind}`), value: decision.deputy.name },
          { label: t("planner.decisionNo"), value: decision.decisionNo },
          { label: t("planner.decisionDate"), value: formatDate(decision.decisionDate) },
          ...(decision.reason ? [{ label: t("planner.reason"), value: decision.reason }] : []),
        ]}
      />
      <p className="text-xs text-slate-600">{t("planner.existingHint", { year: decision.year })}</p>
    </div>
  );
}
