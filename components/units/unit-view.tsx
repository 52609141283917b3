import { getTranslations } from "next-intl/server";
import type { unitResults } from "@/lib/overview/results";
import type { pastNames, predecessorHistory, unitEnding } from "@/lib/reorg/queries";
import { archiveUnitAction, deleteUnitAction } from "@/lib/units/actions";
import type { getUnit } from "@/lib/units/queries";
import { Badge, Card, DescriptionList } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { UnitResultsCard } from "@/components/overview/unit-results-card";
import { PredecessorHistory } from "@/components/reorg/predecessor-history";
import { UnitLineage } from "@/components/reorg/unit-lineage";
import { UnitForm } from "@/components/units/unit-form";

type Props = {
  unit: NonNullable<Awaited<ReturnType<typeof getUnit>>>;
  /** Offered only where the delete will work (nothing refers to the unit); otherwise archive. */
  deletable: boolean;
  results: Awaited<ReturnType<typeof unitResults>> | null;
  ending: Awaited<ReturnType<typeof unitEnding>>;
  names: Awaited<ReturnType<typeof pastNames>>;
  history: Awaited<ReturnType<typeof predecessorHistory>>;
  can: { manage: boolean };
};

/** A unit: its details, the blocs it has been in, its results, and the units it carries on for. */
export async function UnitView({ unit, deletable, results, ending, names, history, can }: Props) {
  const t = await getTranslations();
  const archived = !!unit.archivedAt;
  return (
    <>
      <PageHeader
        title={unit.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{unit.code}</span>
            {archived && <Badge>{t("common.archived")}</Badge>}
            {unit.isSample && <Badge tone="amber">{t("common.sample")}</Badge>}
          </span>
        }
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("units.title"), href: "/units" }, { label: unit.shortName }]}
        actions={
          can.manage && (
            <>
              {deletable && (
                <ConfirmButton
                  action={deleteUnitAction}
                  input={{ id: unit.id }}
                  label={t("removal.deleteUnit")}
                  title={t("removal.deleteUnit")}
                  message={t("removal.deleteUnitConfirm", { name: unit.name })}
                  redirectTo="/units"
                />
              )}
              <ConfirmButton
                action={archiveUnitAction}
                input={{ id: unit.id, archived: !archived }}
                label={archived ? t("units.restore") : t("units.archive")}
                title={archived ? t("units.restore") : t("units.archive")}
                message={archived ? t("units.restoreConfirm") : t("units.archiveConfirm")}
                variant={archived ? "secondary" : "danger"}
              />
            </>
          )
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        {(ending || names.length > 0) && (
          <div className="space-y-4 lg:col-span-3">
            <UnitLineage ending={ending} names={names} />
          </div>
        )}
        <div className="lg:col-span-2">
          {can.manage ? (
            <Card title={t("units.edit")}>
              <UnitForm unit={unit} />
            </Card>
          ) : (
            <Card>
              <DescriptionList
                items={[
                  { label: t("units.fields.shortName"), value: unit.shortName },
                  { label: t("units.fields.parentBody"), value: unit.parentBody },
                  { label: t("units.fields.headName"), value: [unit.headName, unit.headTitle].filter(Boolean).join(" – ") },
                  { label: t("units.fields.phone"), value: unit.phone },
                  { label: t("units.fields.email"), value: unit.email },
                  { label: t("units.fields.address"), value: unit.address },
                ]}
              />
            </Card>
          )}
        </div>
        <Card title={t("units.membership")}>
          {unit.memberships.length === 0 ? (
            <p className="text-sm text-slate-600">{t("units.membershipEmpty")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {unit.memberships.map((m) => (
                <li key={m.blocYearId} className="flex justify-between gap-2">
                  <Link href={`/blocs/${m.blocYear.bloc.id}/years/${m.year}`} className="text-sky-800 hover:underline">
                    {m.blocYear.bloc.name}
                  </Link>
                  <span className="text-slate-600">{m.year}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {results && (
          <div className="lg:col-span-3">
            <UnitResultsCard unitName={unit.name} results={results} />
          </div>
        )}
        {history.predecessors.length > 0 && (
          <div className="lg:col-span-3">
            <PredecessorHistory unitName={unit.name} history={history} />
          </div>
        )}
      </div>
    </>
  );
}
