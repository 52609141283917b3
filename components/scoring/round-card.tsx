import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { getDashboard } from "@/lib/scoring/queries";
import { closesAtFor, toVietnamDateTimeInput } from "@/lib/scoring/window";
import { Card } from "@/components/ui/card";
import { ExtensionForm, RoundForm } from "@/components/scoring/round-forms";

type Round = Awaited<ReturnType<typeof getDashboard>>["round"];
type Props = { blocYearId: string; round: Round; units: { id: string; name: string }[]; ownUnit: string | null; canManage: boolean };

/** The self-scoring round: its window, the extensions granted, and the board's forms to set both. */
export async function RoundCard({ blocYearId, round, units, ownUnit, canManage }: Props) {
  const t = await getTranslations("scoring");
  return (
    <Card title={t("round.title")}>
      <div className="space-y-3 text-sm">
        {round ? (
          <p>
            {t("round.window", { opens: formatDateTime(round.opensAt), closes: formatDateTime(round.closesAt) })}
            {ownUnit && closesAtFor(round, ownUnit).getTime() !== round.closesAt.getTime() && (
              <span className="ml-2 font-medium">{t("round.extendedFor", { closes: formatDateTime(closesAtFor(round, ownUnit)) })}</span>
            )}
          </p>
        ) : (
          <p>{t("round.none")}</p>
        )}
        {round && round.extensions.length > 0 && (
          <ul className="list-disc pl-5">
            {round.extensions.map((e, i) => (
              <li key={i}>
                {t("round.extension", {
                  unit: e.unitId ? (units.find((u) => u.id === e.unitId)?.name ?? "") : t("round.allUnits"),
                  closes: formatDateTime(e.closesAt),
                  reason: e.reason,
                })}
              </li>
            ))}
          </ul>
        )}
        {canManage && (
          <>
            <RoundForm
              blocYearId={blocYearId}
              opensAt={round ? toVietnamDateTimeInput(round.opensAt) : ""}
              closesAt={round ? toVietnamDateTimeInput(round.closesAt) : ""}
            />
            {round && <ExtensionForm blocYearId={blocYearId} units={units} />}
          </>
        )}
      </div>
    </Card>
  );
}
