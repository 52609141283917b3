import { getTranslations } from "next-intl/server";
import type { listAttachments } from "@/lib/attachments/queries";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { deleteConferenceAction } from "@/lib/conferences/actions";
import type { ConferenceCan } from "@/lib/conferences/policy";
import type { getConference } from "@/lib/conferences/queries";
import { agreesNextLeadership, quorumOf } from "@/lib/conferences/quorum";
import { formatDateTime, sortByVi } from "@/lib/format/vi";
import { Badge } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { AttachmentsCard } from "@/components/attachments/attachments-card";
import { AttendanceCard } from "@/components/conferences/attendance-card";
import { ConferenceInfoCard } from "@/components/conferences/conference-info-card";
import { DecisionsCard } from "@/components/conferences/decisions-card";
import { GuestsCard } from "@/components/conferences/guests-card";
import { conferenceKindTone, conferencesHref } from "@/components/conferences/labels";
import { MinutesCard } from "@/components/conferences/minutes-card";
import { NextLeadershipCard } from "@/components/conferences/next-leadership-card";
import { PledgeSigningNotice } from "@/components/conferences/pledge-signing-notice";
import { RegistrationsAnnounced } from "@/components/conferences/registrations-announced";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { RegulationSource } from "@/components/regulations/regulation-in-force";
import type { RegulationInForce, regulationsAdoptedAt } from "@/lib/regulations/queries";
import type { reportsPassedAt } from "@/lib/reports/queries";

export type Conference = NonNullable<Awaited<ReturnType<typeof getConference>>>;
type Props = {
  by: BlocYearRow;
  conference: Conference;
  attachments: Awaited<ReturnType<typeof listAttachments>>;
  /** The bloc's regulation in force (which the quorum cites) and the versions this conference adopted. */
  regulation: { inForce: RegulationInForce | null; adoptedHere: Awaited<ReturnType<typeof regulationsAdoptedAt>> };
  /** The bloc's summary reports this conference passed (lib/reports): a link back to them. */
  reportsPassed: Awaited<ReturnType<typeof reportsPassedAt>>;
  can: ConferenceCan;
};

/** One conference: its details, guests, attendance against the quorum, decisions, minutes and files. */
export async function ConferenceView({ by, conference, attachments, regulation, reportsPassed, can }: Props) {
  const t = await getTranslations();
  const members = sortByVi(
    by.members.map((m) => m.unit),
    (u) => u.name,
  );
  const options = members.map((u) => ({ value: u.id, label: u.name }));
  const quorum = quorumOf(
    conference.attendance,
    by.members.map((m) => m.unitId),
  );
  const base = conferencesHref(by.blocId, by.year);
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
          can.manage && (
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
        <PledgeSigningNotice by={by} conference={conference} recordHere={can.recordSignatures} />
        <RegistrationsAnnounced registrationHref={`/blocs/${by.blocId}/years/${by.year}/registration`} conference={conference} manage={can.manage} />
        {regulation.adoptedHere.map((r) => (
          <Alert key={r.id} tone="info">
            <Link href={`/blocs/${by.blocId}/regulation`} className="underline">
              {t("regulations.adoptedAtConference", { title: r.title })}
            </Link>
          </Alert>
        ))}
        {reportsPassed.length > 0 && (
          <Alert tone="info">
            <Link href={`/blocs/${by.blocId}/years/${by.year}/reports`} className="underline">
              {t("reports.conference.passed", { reports: reportsPassed.map((r) => t("reports.kind", { kind: r.kind })).join("; ") })}
            </Link>
          </Alert>
        )}
        <ConferenceInfoCard conference={conference} options={options} manage={can.manage} />
        <GuestsCard conferenceId={conference.id} guests={conference.guests} manage={can.manage} />
        <AttendanceCard
          conference={conference}
          members={members}
          quorum={quorum}
          manage={can.manage}
          source={<RegulationSource blocId={by.blocId} regulation={regulation.inForce} />}
        />
        <DecisionsCard
          conferenceId={conference.id}
          decisions={conference.decisions}
          awardForms={conference.awardForms.map((f) => ({ value: f.id, label: f.name }))}
          quorum={quorum}
          manage={can.manage}
        />
        {agreesNextLeadership(conference.kind) && (
          <NextLeadershipCard
            conferenceId={conference.id}
            blocId={by.blocId}
            year={by.year}
            kind={by.bloc.kind}
            members={options}
            nextLeaderUnitId={conference.nextLeaderUnitId}
            nextDeputyUnitId={conference.nextDeputyUnitId}
            manage={can.manage}
            canConfirm={can.confirmLeadership}
          />
        )}
        <MinutesCard conferenceId={conference.id} minutes={conference.minutes} manage={can.manage} />
        <AttachmentsCard ownerType="conference" ownerId={conference.id} attachments={attachments} manage={can.manage} />
      </div>
    </>
  );
}
