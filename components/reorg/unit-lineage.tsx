import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/format/vi";
import { decisionKind } from "@/lib/reorg/decision-kind";
import type { pastNames, unitEnding } from "@/lib/reorg/queries";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

type Ending = Awaited<ReturnType<typeof unitEnding>>;
type PastNames = Awaited<ReturnType<typeof pastNames>>;

/** On a unit's page: the change that ended it (merged into whom, or dissolved) and the names it bore before. */
export async function UnitLineage({ ending, names }: { ending: Ending; names: PastNames }) {
  const t = await getTranslations("reorg");
  const decision = (c: NonNullable<Ending>) =>
    t("decision.value", { kind: decisionKind(c.decisionNo), no: c.decisionNo, date: formatDate(c.decisionDate), issuer: c.decisionIssuer });
  return (
    <>
      {ending && (
        <Alert tone="warning">
          {ending.successor ? (
            <>
              {t.rich("unit.endedMerged", {
                successor: (chunks) => (
                  <Link href={`/units/${ending.successor!.id}`} className="font-medium underline">
                    {chunks}
                  </Link>
                ),
                name: ending.successor.name,
                date: formatDate(ending.effectiveDate),
                decision: decision(ending),
              })}
            </>
          ) : (
            t("unit.endedDissolved", { date: formatDate(ending.effectiveDate), decision: decision(ending) })
          )}
        </Alert>
      )}
      {names.length > 0 && (
        <Card title={t("unit.pastNames")}>
          <ul className="space-y-1 text-sm">
            {names.map((n) => (
              <li key={n.id}>{t("unit.pastName", { name: n.name, until: formatDate(new Date(n.validUntil.getTime() - 86_400_000)) })}</li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
