import { getTranslations } from "next-intl/server";
import { confirmBalancedReviewAction } from "@/lib/scoring/actions";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";

type Props = { blocYearId: string; proposal: { unitId: string; reviewerUnitId: string }[]; units: { id: string; name: string }[] };

/** Leader or board: the balanced cross-review proposal (lib/scoring/cross-review.ts), confirmed as a whole. */
export async function BalancedReviewCard({ blocYearId, proposal, units }: Props) {
  const t = await getTranslations("scoring");
  const name = new Map(units.map((u) => [u.id, u.name]));
  return (
    <Card title={t("dashboard.balanced.title")}>
      <div className="space-y-3 text-sm">
        <p className="text-slate-700">{t("dashboard.balanced.intro")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {proposal.map((p) => (
            <li key={p.unitId} className="break-words">
              {t("dashboard.balanced.row", { unit: name.get(p.unitId) ?? "", reviewer: name.get(p.reviewerUnitId) ?? "" })}
            </li>
          ))}
        </ul>
        <ConfirmButton
          action={confirmBalancedReviewAction}
          input={{ blocYearId }}
          label={t("dashboard.balanced.confirm")}
          title={t("dashboard.balanced.confirmTitle")}
          message={t("dashboard.balanced.confirmMessage")}
          variant="primary"
        />
      </div>
    </Card>
  );
}
