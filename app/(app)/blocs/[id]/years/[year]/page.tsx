import { notFound } from "next/navigation";
import { loadYearPage } from "@/lib/blocs/year-page";
import { getTranslations } from "next-intl/server";
import { canDecideRotation, canManageBloc, yearRoleOf } from "@/lib/blocs/policy";
import { unitsTakenInYear } from "@/lib/blocs/queries";
import { unitOptions } from "@/lib/units/queries";
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

type Params = { params: Promise<{ id: string; year: string }> };

async function load({ params }: Params) {
  return loadYearPage(params);
}

export async function generateMetadata(props: Params) {
  const { by } = await load(props);
  const t = await getTranslations("blocs");
  return { title: by ? t("year.title", { bloc: by.bloc.name, year: by.year }) : undefined };
}

export default async function BlocYearPage(props: Params) {
  const { session, by } = await load(props);
  if (!by) notFound();
  const t = await getTranslations();
  const bloc = by.bloc;
  const kind = bloc.kind;
  const manage = canManageBloc(session, bloc.id);
  const members = sortByVi(
    by.members.map((m) => m.unit),
    (u) => u.name,
  );
  const memberIds = members.map((u) => u.id);
  const role = yearRoleOf(session, { leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId, memberUnitIds: memberIds });

  // Active units plus any archived unit still listed, so saving never drops it silently.
  const taken = manage ? await unitsTakenInYear(by.year, by.id) : new Map<string, string>();
  const choices = manage
    ? sortByVi(
        [
          ...(await unitOptions()).map((u) => ({ ...u, archived: false, takenBy: taken.get(u.id) ?? null })),
          ...members.filter((m) => m.archivedAt).map((m) => ({ id: m.id, name: m.name, shortName: m.shortName, code: m.code, archived: true, takenBy: null })),
        ],
        (u) => u.name,
      )
    : [];

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
          canDecideRotation(session, bloc.id) && (
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
            {manage ? (
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
          <Card title={t("blocs.year.leadership", { year: by.year })}>
            <div className="space-y-4">
              <DescriptionList
                items={[
                  { label: t(`blocs.leader.${kind}`), value: by.leader?.name ?? t("blocs.year.notAssigned") },
                  { label: t(`blocs.deputy.${kind}`), value: by.deputy?.name ?? t("blocs.year.notAssigned") },
                ]}
              />
              {manage && (
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
            {manage && (
              <div className="border-t border-slate-200 pt-4">
                <MembersEditor blocYearId={by.id} units={choices} selectedIds={memberIds} />
              </div>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
