import { notFound } from "next/navigation";
import { ownMemberUnitOf } from "@/lib/blocs/policy";
import { isHeadOf } from "@/lib/units/policy";
import { loadYearPage } from "@/lib/blocs/year-page";
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime, sortByVi } from "@/lib/format/vi";
import { copyPledgeItemsAction, openPledgeAction, reopenPledgeAction } from "@/lib/pledges/actions";
import { canManagePledge, canRecordSignatures, canReopenPledge } from "@/lib/pledges/policy";
import { getPledgeOfYear, membersWithHeads, previousPledgeYear, yearConferences } from "@/lib/pledges/queries";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { CreatePledgeForm } from "@/components/pledges/create-pledge-form";
import { pledgeStatusTone } from "@/components/pledges/labels";
import { PledgeItemsEditor } from "@/components/pledges/pledge-items-editor";
import { PledgeItemsList } from "@/components/pledges/pledge-items-list";
import { PledgeTextForm } from "@/components/pledges/pledge-text-form";
import { RecordSignaturesForm } from "@/components/pledges/record-signatures-form";
import { ReopenForm } from "@/components/ui/reopen-form";
import { SignForm } from "@/components/pledges/sign-form";
import { SigningProgress } from "@/components/pledges/signing-progress";

type Params = { params: Promise<{ id: string; year: string }> };
// ?conference=<id>: the conference page's "sign at this conference" link preselects it.
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params }: Params) {
  return loadYearPage(params);
}

export async function generateMetadata(props: Params) {
  const { by } = await load(props);
  const t = await getTranslations("pledges");
  return { title: by ? `${t("title", { year: by.year })} – ${by.bloc.name}` : undefined };
}

export default async function PledgePage(props: Props) {
  const { session, by } = await load(props);
  if (!by) notFound();
  const t = await getTranslations();
  const bloc = by.bloc;
  const [pledge, units, previousYear, conferences] = await Promise.all([
    getPledgeOfYear(by.id),
    membersWithHeads(by.id),
    previousPledgeYear(bloc.id, by.year),
    yearConferences(by.id),
  ]);
  const members = sortByVi(units, (u) => u.name);
  const year = { blocId: bloc.id, leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId, memberUnitIds: members.map((u) => u.id) };
  const manage = canManagePledge(session, year);
  // A unit officer of a member unit signs for that unit only.
  const ownUnit = members.find((u) => u.id === ownMemberUnitOf(session, year));

  const header = (
    <YearPageHeader
      bloc={bloc}
      year={by.year}
      title={t("pledges.title", { year: by.year })}
      crumb={t("pledges.crumb")}
      active="pledge"
      badge={pledge && <Badge tone={pledgeStatusTone[pledge.status]}>{t(`pledges.status.${pledge.status}`)}</Badge>}
    />
  );

  if (!pledge) {
    return (
      <>
        {header}
        {manage ? (
          <Card title={t("pledges.create.title")}>
            <div className="space-y-4">
              <p className="text-sm text-slate-600">
                {t("pledges.empty", { year: by.year })} {t("pledges.emptyHint")}
              </p>
              <CreatePledgeForm blocYearId={by.id} year={by.year} />
            </div>
          </Card>
        ) : (
          <EmptyState title={t("pledges.empty", { year: by.year })} hint={t("pledges.emptyReadOnly")} />
        )}
      </>
    );
  }

  const draft = pledge.status === "DRAFT";
  const signatures = pledge.signatures;
  const memberIds = new Set(year.memberUnitIds);
  const keptCount = signatures.filter((s) => memberIds.has(s.unitId)).length;
  const ownSignature = ownUnit && signatures.find((s) => s.unitId === ownUnit.id);
  const unsigned = members.filter((u) => !signatures.some((s) => s.unitId === u.id));
  const versioned = { pledgeId: pledge.id, version: pledge.version };
  const query = (await props.searchParams).conference;
  const wanted = typeof query === "string" ? query : null;

  return (
    <>
      {header}
      <div className="space-y-4">
        {pledge.reopenedAt && (
          <Alert tone="info">
            <p>{t("pledges.reopen.notice", { date: formatDateTime(pledge.reopenedAt), reason: pledge.reopenReason ?? "" })}</p>
            {keptCount > 0 && <p className="mt-1">{t("pledges.reopen.keptNotice", { count: keptCount })}</p>}
          </Alert>
        )}

        <Card title={pledge.title} actions={<DocumentDownloads kind="pledge" id={pledge.id} />}>
          <div className="space-y-4">
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
              {pledge.openedAt && !draft && <span>{t("pledges.frozenSince", { date: formatDate(pledge.openedAt) })}</span>}
              {pledge.signedAt && <span>{t("pledges.signedOn", { date: formatDate(pledge.signedAt) })}</span>}
            </p>
            <DocumentDate kind="pledge" subjectId={pledge.id} />
            {draft && manage ? (
              <PledgeTextForm pledge={pledge} />
            ) : (
              pledge.preamble && <p className="whitespace-pre-line text-sm leading-relaxed text-slate-800">{pledge.preamble}</p>
            )}
          </div>
        </Card>

        <Card
          title={t("pledges.items.title")}
          actions={<span className="self-center text-sm text-slate-600">{t("pledges.items.count", { count: pledge.items.length })}</span>}
        >
          <div className="space-y-4">
            {draft && manage ? <PledgeItemsEditor {...versioned} items={pledge.items} /> : <PledgeItemsList items={pledge.items} />}
            {!draft && <p className="text-sm text-slate-600">{t("pledges.items.frozen")}</p>}
            {draft && manage && (
              <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4">
                {pledge.items.length > 0 ? (
                  <ConfirmButton
                    action={openPledgeAction}
                    input={versioned}
                    variant="primary"
                    label={t("pledges.open.button")}
                    title={t("pledges.open.title")}
                    message={keptCount > 0 ? t("pledges.open.messageKept", { count: keptCount }) : t("pledges.open.message")}
                    confirmLabel={t("pledges.open.confirm")}
                  />
                ) : (
                  <p className="text-sm text-slate-600">{t("pledges.open.needsItems")}</p>
                )}
                {previousYear !== null && (
                  <ConfirmButton
                    action={copyPledgeItemsAction}
                    input={versioned}
                    variant="secondary"
                    label={t("pledges.items.copy", { year: previousYear })}
                    title={t("pledges.items.copyTitle", { year: previousYear })}
                    message={t("pledges.items.copyMessage", { year: previousYear })}
                  />
                )}
              </div>
            )}
            {!draft && canReopenPledge(session, year) && (
              <div className="border-t border-slate-200 pt-4">
                <ReopenForm action={reopenPledgeAction} extra={versioned} namespace="pledges" />
              </div>
            )}
          </div>
        </Card>

        {ownUnit && (
          <Card title={t("pledges.sign.title", { unit: ownUnit.name })}>
            {ownSignature ? (
              <Alert tone="success">
                {ownSignature.onPaper
                  ? t("pledges.sign.alreadySignedPaper", { date: formatDate(ownSignature.signedAt), signer: ownSignature.signerName })
                  : t("pledges.sign.alreadySigned", { time: formatDateTime(ownSignature.signedAt), signer: ownSignature.signerName })}
              </Alert>
            ) : pledge.status === "OPEN" ? (
              <SignForm
                {...versioned}
                unitName={ownUnit.name}
                asHead={isHeadOf(session, ownUnit.id)}
                signerName={ownUnit.headName ?? (isHeadOf(session, ownUnit.id) ? session.name : "")}
                signerTitle={ownUnit.headTitle ?? ""}
                today={new Date()}
              />
            ) : (
              <p className="text-sm text-slate-600">{t("pledges.sign.notOpen")}</p>
            )}
          </Card>
        )}

        {pledge.status === "OPEN" && canRecordSignatures(session, year) && (
          <div id="record" className="scroll-mt-4">
            <Card title={t("pledges.record.title")}>
              {unsigned.length > 0 ? (
                // Keyed by the signatures so far: after each recording the form starts afresh.
                <RecordSignaturesForm
                  key={signatures.length}
                  {...versioned}
                  units={unsigned}
                  conferences={conferences}
                  conferenceId={conferences.some((c) => c.id === wanted) ? wanted! : null}
                  today={new Date()}
                />
              ) : (
                <p className="text-sm text-slate-600">{t("pledges.record.allSigned")}</p>
              )}
            </Card>
          </div>
        )}

        <Card title={t("pledges.progress.title")}>
          <SigningProgress members={members} signatures={signatures} />
        </Card>
      </div>
    </>
  );
}
