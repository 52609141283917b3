import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { formatDateTime } from "@/lib/format/vi";
import { registrationOpen, type RegistrationCan } from "@/lib/registrations/policy";
import type { announcedAt, ownRegistration, registrationSetting } from "@/lib/registrations/queries";
import { Link } from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { Badge, Card } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { RegistrationForm } from "@/components/registrations/registration-form";
import { DeadlineForm, SubmitRegistrationForm } from "@/components/registrations/registration-forms";
import { RegistrationProgress } from "@/components/registrations/registration-progress";
import type { ProgressRow } from "@/components/registrations/labels";
import { targetText, type TargetValue as Target } from "@/lib/format/target-text";

type Setting = NonNullable<Awaited<ReturnType<typeof registrationSetting>>>;
export type OwnRegistration = Awaited<ReturnType<typeof ownRegistration>>;

type Props = {
  by: BlocYearRow;
  setting: Setting;
  own: OwnRegistration;
  progress: ProgressRow[];
  /** The signing conference where the compiled list was announced, once it was. */
  announced: Awaited<ReturnType<typeof announcedAt>>;
  now: Date;
  can: RegistrationCan;
};

/** The year's registration: its deadline, the caller's unit's registration, and for those who follow it, the progress and the compiled list. */
export async function RegistrationView({ by, setting, own, progress, announced, now, can }: Props) {
  const t = await getTranslations("registrations");
  const open = registrationOpen(setting.dueAt, now);
  const dueText = setting.dueAt ? formatDateTime(setting.dueAt) : "";
  const unitName = by.members.find((m) => m.unit.id === can.registersFor)?.unit.name ?? "";
  const formName = new Map(setting.forms.map((f) => [f.id, f.name]));
  return (
    <>
      <YearPageHeader
        bloc={by.bloc}
        year={by.year}
        title={t("pageTitle", { year: by.year })}
        crumb={t("crumb")}
        active="registration"
        badge={
          <Badge tone={open ? "green" : "slate"}>
            {setting.dueAt ? t(open ? "deadline.open" : "deadline.closed", { dueAt: dueText }) : t("deadline.badgeNone")}
          </Badge>
        }
      />
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("intro")}</p>
        {announced && (
          <Alert tone="info">
            <Link href={`/blocs/${by.blocId}/years/${by.year}/conferences/${announced.id}`} className="underline">
              {t("announcedAt", { title: announced.title, date: formatDateTime(announced.date) })}
            </Link>
          </Alert>
        )}
        {can.manage && (
          <Card title={t("deadline.title")}>
            <DeadlineForm blocYearId={by.id} dueAt={setting.dueAt} />
          </Card>
        )}
        {can.registersFor && (
          <Card
            title={t("own.title", { unit: unitName })}
            actions={own && <Badge tone={own.status === "SUBMITTED" ? "green" : "amber"}>{t(`progress.${own.status}`)}</Badge>}
          >
            <div className="space-y-4">
              {own?.returnReason && own.status === "DRAFT" && <Alert tone="warning">{t("own.returned", { reason: own.returnReason })}</Alert>}
              {own?.status === "SUBMITTED" ? (
                <>
                  <p className="text-sm text-slate-700">
                    {t("own.statusSubmitted", { date: own.submittedAt ? formatDateTime(own.submittedAt) : "", head: own.headApprovedBy ?? "" })}
                  </p>
                  <RegistrationSummary titles={own.awardFormIds.map((id) => formName.get(id) ?? id)} targets={own.targets} t={t} />
                </>
              ) : open ? (
                <>
                  <RegistrationForm
                    blocYearId={by.id}
                    version={own?.version ?? 0}
                    forms={setting.forms}
                    awardFormIds={own?.awardFormIds ?? []}
                    targets={own?.targets ?? []}
                  />
                  {own && (
                    <div className="border-t border-slate-200 pt-4">
                      <SubmitRegistrationForm blocYearId={by.id} version={own.version} asHead={can.submitAsHead} />
                    </div>
                  )}
                </>
              ) : (
                <p className="text-sm text-slate-600">{setting.dueAt ? t("own.closedHint") : t("deadline.none")}</p>
              )}
            </div>
          </Card>
        )}
        {can.viewAll && <RegistrationProgress blocYearId={by.id} progress={progress} forms={setting.forms} manage={can.manage} />}
      </div>
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"registrations">>>;

function RegistrationSummary({ titles, targets, t }: { titles: string[]; targets: Target[]; t: T }) {
  return (
    <dl className="space-y-3 text-sm">
      <div>
        <dt className="font-medium text-slate-800">{t("own.titles")}</dt>
        <dd>
          <ul className="list-disc pl-5">
            {titles.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </dd>
      </div>
      {targets.length > 0 && (
        <div>
          <dt className="font-medium text-slate-800">{t("own.targets")}</dt>
          <dd>
            <ol className="list-decimal pl-5">
              {targets.map((target, i) => (
                <li key={i}>{targetText(target)}</li>
              ))}
            </ol>
          </dd>
        </div>
      )}
    </dl>
  );
}
