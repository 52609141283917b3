import { getTranslations } from "next-intl/server";
import type { getRotationPlanner } from "@/lib/blocs/queries";
import { Alert } from "@/components/ui/alert";
import { Card, DescriptionList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RotationConfirmForm } from "@/components/blocs/rotation-confirm-form";
import { RotationDecision } from "@/components/blocs/rotation-decision";
import { RotationProposal } from "@/components/blocs/rotation-proposal";
import { LibraryDocumentLink, type LinkedDocument } from "@/components/library/document-link";

type Planner = NonNullable<Awaited<ReturnType<typeof getRotationPlanner>>>;

type Props = {
  planner: Planner;
  /** The leadership decisions kept in the bloc's library for this year and the next, linked where they exist. */
  decisionDocs: { current: LinkedDocument | null; next: LinkedDocument | null };
};

/** The rotation planner: this year's leadership, the planner's proposal for next year, and the form that confirms it. */
export async function RotationView({ planner, decisionDocs }: Props) {
  const t = await getTranslations();
  const { bloc, current, proposal, from, members } = planner;
  const nextYear = from + 1;
  const names = new Map<string, string>();
  for (const s of bloc.rotation) names.set(s.unitId, s.unit.name);
  for (const u of members) names.set(u.id, u.name);
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
        {!planner.next && <Alert tone="info">{t("blocs.planner.nextYearMissing", { year: nextYear, from })}</Alert>}
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title={t("blocs.planner.current", { year: from })}>
            <DescriptionList
              items={[
                { label: t(`blocs.leader.${kind}`), value: current.leader?.name ?? t("blocs.year.notAssigned") },
                { label: t(`blocs.deputy.${kind}`), value: current.deputy?.name ?? t("blocs.year.notAssigned") },
              ]}
            />
            {decisionDocs.current && <LibraryDocumentLink blocId={bloc.id} doc={decisionDocs.current} />}
          </Card>
          <Card title={t("blocs.planner.proposal", { year: nextYear })}>
            <RotationProposal kind={kind} leaderId={proposal.leaderId} deputyId={proposal.deputyId} notes={proposal.notes} nameOf={nameOf} />
          </Card>
        </div>
        {decision && (
          <Card title={t("blocs.planner.existing", { year: nextYear })}>
            <RotationDecision kind={kind} decision={decision} />
            {decisionDocs.next && <LibraryDocumentLink blocId={bloc.id} doc={decisionDocs.next} />}
          </Card>
        )}
        {!decision && decisionDocs.next && <LibraryDocumentLink blocId={bloc.id} doc={decisionDocs.next} />}
        <Card title={t("blocs.planner.confirm", { year: nextYear })}>
          {members.length === 0 ? (
            <p className="text-sm text-slate-600">{t("blocs.planner.noMembers", { year: nextYear })}</p>
          ) : (
            <RotationConfirmForm
              blocId={bloc.id}
              kind={kind}
              fromYear={from}
              members={members.map((u) => ({ value: u.id, label: u.name }))}
              proposedLeaderId={proposal.leaderId}
              proposedDeputyId={proposal.deputyId}
            />
          )}
        </Card>
      </div>
    </>
  );
}
