import { Link } from "@/components/ui/link";
import { loadYearPage } from "@/lib/blocs/year-page";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canDecideRotation } from "@/lib/blocs/policy";
import { listAttachments } from "@/lib/attachments/queries";
import { deleteConferenceAction } from "@/lib/conferences/actions";
import { canManageConferences } from "@/lib/conferences/policy";
import { getConference } from "@/lib/conferences/queries";
import { canRecordSignatures } from "@/lib/pledges/policy";
import { pledgeStatusOfYear } from "@/lib/pledges/queries";
import { agreesNextLeadership, carriesPledgeSigning, quorumOf } from "@/lib/conferences/quorum";
import { formatDateTime, sortByVi } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, DescriptionList } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { yearHref } from "@/components/blocs/labels";
import { AttachmentsCard } from "@/components/attachments/attachments-card";
import { AttendanceForm } from "@/components/conferences/attendance-form";
import { AttendanceTable } from "@/components/conferences/attendance-table";
import { ConferenceForm } from "@/components/conferences/conference-form";
import { DecisionsCard } from "@/components/conferences/decisions-card";
import { GuestsCard } from "@/components/conferences/guests-card";
import { conferenceKindTone, conferencesHref } from "@/components/conferences/labels";
import { MinutesCard } from "@/components/conferences/minutes-card";
import { NextLeadershipCard } from "@/components/conferences/next-leadership-card";
import { QuorumText } from "@/components/conferences/quorum-text";

type Props = { params: Promise<{ id: string; year: string; conferenceId: string }> };

async function load(params: Props["params"]) {
  const { conferenceId } = await params;
  const { session, by } = await loadYearPage(params);
  const conference = by ? await getConference(session, by.id, conferenceId) : null;
  return { session, by, conference };
}

export async function generateMetadata({ params }: Props) {
  const { conference } = await load(params);
  return { title: conference?.title };
}

export default async function ConferencePage({ params }: Props) {
  const { session, by, conference } = await load(params);
  if (!by || !conference) notFound();
  const t = await getTranslations();
  const memberIds = by.members.map((m) => m.unitId);
  const year = { blocId: by.blocId, leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId, memberUnitIds: memberIds };
  const manage = canManageConferences(session, year);
  const members = sortByVi(
    by.members.map((m) => m.unit),
    (u) => u.name,
  );
  const options = members.map((u) => ({ value: u.id, label: u.name }));
  const quorum = quorumOf(conference.attendance, memberIds);
  const attendanceRows = members.map((u) => {
    const a = conference.attendance.find((x) => x.unitId === u.id);
    return {
      unitId: u.id,
      unitName: u.name,
      status: a?.status ?? ("" as const),
      absenceReason: a?.absenceReason ?? "",
      representativeName: a?.representativeName ?? "",
    };
  });
  const [attachments, pledgeStatus] = await Promise.all([listAttachments(session, "conference", conference.id), pledgeStatusOfYear(by.id)]);
  // A pledge is signed at a conference of any kind (seed 002 signed at its mid-year review).
  const recordHere = pledgeStatus === "OPEN" && canRecordSignatures(session, year);
  const base = conferencesHref(by.blocId, by.year);
  const chair = [conference.chairName, conference.chairTitle].filter(Boolean).join(", ");

  return (
    <>
      <YearPageHeader
        bloc={{ id: by.blocId, name: by.bloc.name }}
        year={by.year}
        active="conferences"
        crumb={conference.title}
        section={{ label: t("blocs.tabs.conferences"), href: base }}
        title={conference.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={conferenceKindTone[conference.kind]}>{t(`conferences.kind.${conference.kind}`)}</Badge>
            <span>{formatDateTime(conference.date)}</span>
            {conference.venue && <span>· {conference.venue}</span>}
          </span>
        }
        actions={
          manage && (
            <ConfirmButton
              action={deleteConferenceAction}
              input={{ conferenceId: conference.id }}
              label={t("conferences.delete")}
              title={t("conferences.deleteTitle")}
              message={t("conferences.deleteConfirm")}
              confirmLabel={t("conferences.delete")}
              redirectTo={base}
            />
          )
        }
      />
      <div className="space-y-4">
        {recordHere ? (
          <Alert tone="info">
            <span className="flex flex-wrap items-center gap-2">
              {t("conferences.signHereHint")}
              <Link href={`${yearHref(by.blocId, by.year)}/pledge?conference=${conference.id}#record`} className="font-medium text-sky-900 underline">
                {t("conferences.signHere")}
              </Link>
            </span>
          </Alert>
        ) : (
          carriesPledgeSigning(conference.kind) && (
            <Alert tone="info">
              <span className="flex flex-wrap items-center gap-2">
                {t("conferences.signingHint")}
                <Link href={`${yearHref(by.blocId, by.year)}/pledge`} className="font-medium text-sky-900 underline">
                  {t("conferences.signingLink")}
                </Link>
              </span>
            </Alert>
          )
        )}
        <Card title={t("conferences.info")}>
          <div className="space-y-4">
            <DescriptionList
              items={[
                { label: t("conferences.fields.kind"), value: t(`conferences.kind.${conference.kind}`) },
                { label: t("conferences.fields.date"), value: formatDateTime(conference.date) },
                { label: t("conferences.fields.venue"), value: conference.venue },
                { label: t("conferences.fields.host"), value: conference.host?.name },
                { label: t("conferences.fields.chair"), value: chair },
              ]}
            />
            <div>
              <h3 className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("conferences.fields.agenda")}</h3>
              <p className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{conference.agenda || t("common.none")}</p>
            </div>
            {manage && (
              <details className="border-t border-slate-200 pt-4">
                <summary className="cursor-pointer text-sm font-medium text-sky-800">{t("conferences.edit")}</summary>
                <div className="mt-4">
                  <ConferenceForm mode="update" conference={conference} members={options} />
                </div>
              </details>
            )}
          </div>
        </Card>
        <GuestsCard conferenceId={conference.id} guests={conference.guests} manage={manage} />
        <Card title={t("conferences.attendance.title")}>
          {members.length === 0 ? (
            <p className="text-sm text-slate-600">{t("conferences.attendance.noMembers")}</p>
          ) : manage ? (
            <AttendanceForm conferenceId={conference.id} initial={attendanceRows} />
          ) : (
            <div className="space-y-3">
              <QuorumText quorum={quorum} />
              <AttendanceTable rows={attendanceRows} />
            </div>
          )}
        </Card>
        <DecisionsCard conferenceId={conference.id} decisions={conference.decisions} quorum={quorum} manage={manage} />
        {agreesNextLeadership(conference.kind) && (
          <NextLeadershipCard
            conferenceId={conference.id}
            blocId={by.blocId}
            year={by.year}
            kind={by.bloc.kind}
            members={options}
            nextLeaderUnitId={conference.nextLeaderUnitId}
            nextDeputyUnitId={conference.nextDeputyUnitId}
            manage={manage}
            canConfirm={canDecideRotation(session, by.blocId)}
          />
        )}
        <MinutesCard conferenceId={conference.id} minutes={conference.minutes} manage={manage} />
        <AttachmentsCard ownerType="conference" ownerId={conference.id} attachments={attachments} manage={manage} />
      </div>
    </>
  );
}
