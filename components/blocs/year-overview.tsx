import { getTranslations } from "next-intl/server";
import type { YearRole } from "@/lib/blocs/policy";
import type { memberChoices } from "@/lib/blocs/queries";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { sortByVi } from "@/lib/format/vi";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, DescriptionList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { yearStatusTone } from "@/components/blocs/labels";
import { LeadershipForm } from "@/components/blocs/leadership-form";
import { MembersEditor } from "@/components/blocs/members-editor";
import { MembersList } from "@/components/blocs/members-list";
import { YearInfoForm } from "@/components/blocs/year-info-form";
import { YearTabs } from "@/components/blocs/year-tabs";
import { YourRoleBadge } from "@/components/blocs/your-role-badge";

type Props = {
  by: BlocYearRow;
  role: YearRole;
  choices: Awaited<ReturnType<typeof memberChoices>>;
  can: { manage: boolean; decideRotation: boolean };
};

/** A bloc year's own page: its details, leadership and members, edited by the board that manages the bloc. */
export async function YearOverview({ by, role, choices, can }: Props) {
  const t = await getTranslations();
  const { bloc } = by;
  const kind = bloc.kind;
  const members = sortByVi(
    by.members.map((m) => m.unit),
    (u) => u.name,
  );
  return (
    <>
      <PageHeader
        title={t("blocs.year.title", { bloc: bloc.name, year: by.year })}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="sky">{t(`blocs.kind.${kind}`)}</Badge>
            <Badge tone={yearStatusTone[by.status]}>{t(`blocs.yearStatus.${by.status}`)}</Badge>
            {bloc.archivedAt && <Badge>{t("common.archived")}</Badge>}
            {role && <YourRoleBadge role={role} kind={kind} year={by.year} />}
          </span>
        }
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: bloc.name, href: `/blocs/${bloc.id}` },
          { label: t("blocs.year.crumb", { year: by.year }) },
        ]}
        actions={
          can.decideRotation && (
            <ButtonLink href={`/blocs/${bloc.id}/rotation?from=${by.year}`} variant="secondary">
              {t("blocs.rotation.plannerLink", { year: by.year + 1 })}
            </ButtonLink>
          )
        }
      />
      <YearTabs blocId={bloc.id} year={by.year} active="overview" />
      <div className="space-y-4">
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title={t("blocs.year.info", { year: by.year })}>
            {can.manage ? (
              <YearInfoForm year={by} />
            ) : (
              <DescriptionList
                items={[
                  { label: t("blocs.year.statusLabel"), value: t(`blocs.yearStatus.${by.status}`) },
                  { label: t("blocs.fields.theme"), value: by.theme },
                  { label: t("blocs.fields.slogan"), value: by.slogan },
                  { label: t("blocs.fields.motto"), value: by.motto },
                ]}
              />
            )}
          </Card>
          <Card title={t("blocs.year.leadership", { year: by.year, kind })}>
            <div className="space-y-4">
              <DescriptionList
                items={[
                  { label: t(`blocs.leader.${kind}`), value: by.leader?.name ?? t("blocs.year.notAssigned") },
                  { label: t(`blocs.deputy.${kind}`), value: by.deputy?.name ?? t("blocs.year.notAssigned") },
                ]}
              />
              {can.manage && (
                <div className="border-t border-slate-200 pt-4">
                  <LeadershipForm
                    blocYearId={by.id}
                    kind={kind}
                    members={members.map((u) => ({ value: u.id, label: u.name }))}
                    leaderUnitId={by.leaderUnitId}
                    deputyUnitId={by.deputyUnitId}
                  />
                </div>
              )}
            </div>
          </Card>
        </div>
        <Card
          title={t("blocs.year.members", { year: by.year })}
          actions={<span className="text-sm text-slate-600">{t("blocs.year.membersCount", { count: members.length })}</span>}
        >
          <div className="space-y-6">
            <MembersList year={by.year} kind={kind} members={members} leaderUnitId={by.leaderUnitId} deputyUnitId={by.deputyUnitId} />
            {can.manage && (
              <div className="border-t border-slate-200 pt-4">
                <MembersEditor blocYearId={by.id} units={choices} selectedIds={members.map((u) => u.id)} />
              </div>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
