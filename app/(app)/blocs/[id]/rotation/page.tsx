import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canDecideRotation } from "@/lib/blocs/policy";
import { getBloc, getBlocYear, getRotationPlan } from "@/lib/blocs/queries";
import { sortByVi } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { Card, DescriptionList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RotationConfirmForm } from "@/components/blocs/rotation-confirm-form";
import { RotationDecision } from "@/components/blocs/rotation-decision";
import { RotationProposal } from "@/components/blocs/rotation-proposal";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const from = Number((await searchParams).from);
  const t = await getTranslations("blocs");
  return { title: Number.isInteger(from) ? t("planner.title", { year: from + 1 }) : t("rotation.title") };
}

export default async function RotationPage({ params, searchParams }: Props) {
  const session = await requireSession();
  const { id } = await params;
  if (!canDecideRotation(session, id)) notFound();
  const raw = (await searchParams).from;
  let from = Number(Array.isArray(raw) ? raw[0] : raw);
  // Without ?from= the planner starts from the bloc's latest year.
  if (!raw || !Number.isInteger(from)) {
    const latest = (await getBloc(session, id))?.years[0];
    if (!latest) notFound();
    from = latest.year;
  }
  const plan = await getRotationPlan(session, id, from);
  if (!plan) notFound();
  const { bloc, current, proposal } = plan;
  const nextYear = from + 1;
  // Next year's members, or this year's when next year is not created yet (they will be copied).
  const source = await getBlocYear(session, id, plan.next ? nextYear : from);
  const memberUnits = sortByVi(
    (source?.members ?? []).map((m) => m.unit),
    (u) => u.name,
  );

  const t = await getTranslations();
  const names = new Map<string, string>();
  for (const s of bloc.rotation) names.set(s.unitId, s.unit.name);
  for (const u of memberUnits) names.set(u.id, u.name);
  for (const u of [current.leader, current.deputy]) if (u) names.set(u.id, u.name);
  const nameOf = (unitId: string) => names.get(unitId) ?? t("blocs.planner.unknownUnit");
  const decision = bloc.decisions.find((d) => d.year === nextYear);
  const kind = bloc.kind;

  return (
    <>
      <PageHeader
        title={t("blocs.planner.title", { year: nextYear })}
        subtitle={bloc.name}
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: bloc.name, href: `/blocs/${bloc.id}` },
          { label: t("blocs.planner.crumb", { year: nextYear }) },
        ]}
      />
      <div className="space-y-4">
        {!plan.next && <Alert tone="info">{t("blocs.planner.nextYearMissing", { year: nextYear, from })}</Alert>}
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title={t("blocs.planner.current", { year: from })}>
            <DescriptionList
              items={[
                { label: t(`blocs.leader.${kind}`), value: current.leader?.name ?? t("blocs.year.notAssigned") },
                { label: t(`blocs.deputy.${kind}`), value: current.deputy?.name ?? t("blocs.year.notAssigned") },
              ]}
            />
          </Card>
          <Card title={t("blocs.planner.proposal", { year: nextYear })}>
            <RotationProposal kind={kind} leaderId={proposal.leaderId} deputyId={proposal.deputyId} notes={proposal.notes} nameOf={nameOf} />
          </Card>
        </div>
        {decision && (
          <Card title={t("blocs.planner.existing", { year: nextYear })}>
            <RotationDecision kind={kind} decision={decision} />
          </Card>
        )}
        <Card title={t("blocs.planner.confirm", { year: nextYear })}>
          {memberUnits.length === 0 ? (
            <p className="text-sm text-slate-600">{t("blocs.planner.noMembers", { year: nextYear })}</p>
          ) : (
            <RotationConfirmForm
              blocId={bloc.id}
              kind={kind}
              fromYear={from}
              members={memberUnits.map((u) => ({ value: u.id, label: u.name }))}
              proposedLeaderId={proposal.leaderId}
              proposedDeputyId={proposal.deputyId}
            />
          )}
        </Card>
      </div>
    </>
  );
}
