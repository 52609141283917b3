import { getTranslations } from "next-intl/server";
import { archiveBlocAction, deleteBlocAction } from "@/lib/blocs/actions";
import type { BlocCan } from "@/lib/blocs/policy";
import type { getBloc, newYearLeadershipChoices } from "@/lib/blocs/queries";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PageHeader } from "@/components/ui/page-header";
import { AddYearForm } from "@/components/blocs/add-year-form";
import { BlocDetails } from "@/components/blocs/bloc-details";
import { BlocForm } from "@/components/blocs/bloc-form";
import { BlocYearsTable } from "@/components/blocs/bloc-years-table";
import { LeadershipHistory } from "@/components/blocs/leadership-history";
import { RotationOrder } from "@/components/blocs/rotation-order";
import { RegulationInForceSummary } from "@/components/regulations/regulation-in-force";
import type { RegulationInForce } from "@/lib/regulations/queries";

type Props = {
  bloc: NonNullable<Awaited<ReturnType<typeof getBloc>>>;
  /** What the new-year form offers to carry over; null where the form is not shown. */
  choices: Awaited<ReturnType<typeof newYearLeadershipChoices>>;
  /** Offered only where the delete will work (no year yet); otherwise archive. */
  deletable: boolean;
  can: BlocCan;
  /** The bloc's regulation in force, or null before one is adopted. */
  regulation: RegulationInForce | null;
};

/** A bloc: its details, years, rotation order and leadership history. */
export async function BlocView({ bloc, choices, deletable, can, regulation }: Props) {
  const t = await getTranslations();
  const archived = !!bloc.archivedAt;
  const latest = bloc.years[0];
  return (
    <>
      <PageHeader
        title={bloc.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{bloc.code}</span>
            <Badge tone="sky">{t(`blocs.kind.${bloc.kind}`)}</Badge>
            {archived && <Badge>{t("common.archived")}</Badge>}
          </span>
        }
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("blocs.title"), href: "/blocs" }, { label: bloc.name }]}
        actions={
          <>
            <ButtonLink href={`/blocs/${bloc.id}/library`} variant="secondary">
              {t("library.title")}
            </ButtonLink>
            {latest && can.decideRotation && (
              <ButtonLink href={`/blocs/${bloc.id}/rotation?from=${latest.year}`} variant="secondary">
                {t("blocs.rotation.plannerLink", { year: latest.year + 1 })}
              </ButtonLink>
            )}
            {deletable && (
              <ConfirmButton
                action={deleteBlocAction}
                input={{ id: bloc.id }}
                label={t("removal.deleteBloc")}
                title={t("removal.deleteBloc")}
                message={t("removal.deleteBlocConfirm", { name: bloc.name })}
                redirectTo="/blocs"
              />
            )}
            {can.archive && (
              <ConfirmButton
                action={archiveBlocAction}
                input={{ id: bloc.id, archived: !archived }}
                label={archived ? t("blocs.restore") : t("blocs.archive")}
                title={archived ? t("blocs.restore") : t("blocs.archive")}
                message={archived ? t("blocs.restoreConfirm") : t("blocs.archiveConfirm")}
                variant={archived ? "secondary" : "danger"}
              />
            )}
          </>
        }
      />
      <div className="space-y-4">
        {archived && <Alert tone="info">{t("blocs.archivedNotice")}</Alert>}
        <Card
          title={t("regulations.title")}
          actions={
            <ButtonLink href={`/blocs/${bloc.id}/regulation`} variant="secondary">
              {t("regulations.open")}
            </ButtonLink>
          }
        >
          <RegulationInForceSummary blocId={bloc.id} regulation={regulation} />
        </Card>
        <Card title={can.manage ? t("blocs.edit") : t("blocs.details")}>{can.manage ? <BlocForm bloc={bloc} /> : <BlocDetails bloc={bloc} />}</Card>
        <Card title={t("blocs.years.title")}>
          <div className="space-y-6">
            <BlocYearsTable blocId={bloc.id} kind={bloc.kind} years={bloc.years} />
            {can.manage && !archived && (
              <div className="border-t border-slate-200 pt-4">
                <h3 className="mb-3 text-sm font-semibold text-slate-800">{t("blocs.years.addTitle")}</h3>
                <AddYearForm blocId={bloc.id} defaultYear={latest ? latest.year + 1 : new Date().getFullYear()} choices={choices} />
              </div>
            )}
          </div>
        </Card>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title={t("blocs.rotation.title")}>
            <RotationOrder blocId={bloc.id} slots={bloc.rotation} editable={can.manage} />
          </Card>
          <Card title={t("blocs.history.title")}>
            <LeadershipHistory kind={bloc.kind} years={bloc.years} decisions={bloc.decisions} />
          </Card>
        </div>
      </div>
    </>
  );
}
