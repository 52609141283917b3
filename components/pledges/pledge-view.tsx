import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import type { PledgeCan } from "@/lib/pledges/policy";
import type { getPledgeOfYear, membersWithHeads, yearConferences } from "@/lib/pledges/queries";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { SignedCopy } from "@/components/documents/signed-copy";
import { CreatePledgeForm } from "@/components/pledges/create-pledge-form";
import { pledgeStatusTone } from "@/components/pledges/labels";
import { PledgeItemsCard } from "@/components/pledges/pledge-items-card";
import { PledgeSignCards } from "@/components/pledges/pledge-sign-cards";
import { PledgeTextForm } from "@/components/pledges/pledge-text-form";
import { SigningProgress } from "@/components/pledges/signing-progress";

export type PledgeOfYear = NonNullable<Awaited<ReturnType<typeof getPledgeOfYear>>>;
export type PledgeMember = Awaited<ReturnType<typeof membersWithHeads>>[number];

type Props = {
  by: BlocYearRow;
  pledge: PledgeOfYear | null;
  /** The year's members in Vietnamese order. */
  members: PledgeMember[];
  previousYear: number | null;
  conferences: Awaited<ReturnType<typeof yearConferences>>;
  wanted: string | null;
  signerName: string;
  can: PledgeCan;
};

/** The year's pledge: drafted by the leader unit or the board, opened, signed by every member. */
export async function PledgeView({ by, pledge, members, previousYear, conferences, wanted, signerName, can }: Props) {
  const t = await getTranslations("pledges");
  const header = (
    <YearPageHeader
      bloc={by.bloc}
      year={by.year}
      title={t("title", { year: by.year })}
      crumb={t("crumb")}
      active="pledge"
      badge={pledge && <Badge tone={pledgeStatusTone[pledge.status]}>{t(`status.${pledge.status}`)}</Badge>}
    />
  );
  if (!pledge) {
    return (
      <>
        {header}
        {can.manage ? (
          <Card title={t("create.title")}>
            <div className="space-y-4">
              <p className="text-sm text-slate-600">
                {t("empty", { year: by.year })} {t("emptyHint")}
              </p>
              <CreatePledgeForm blocYearId={by.id} year={by.year} />
            </div>
          </Card>
        ) : (
          <EmptyState title={t("empty", { year: by.year })} hint={t("emptyReadOnly")} />
        )}
      </>
    );
  }

  const draft = pledge.status === "DRAFT";
  const memberIds = new Set(members.map((u) => u.id));
  // Signatures kept through a reopening, of units still members.
  const keptCount = pledge.signatures.filter((s) => memberIds.has(s.unitId)).length;
  return (
    <>
      {header}
      <div className="space-y-4">
        {pledge.reopenedAt && (
          <Alert tone="info">
            <p>{t("reopen.notice", { date: formatDateTime(pledge.reopenedAt), reason: pledge.reopenReason ?? "" })}</p>
            {keptCount > 0 && <p className="mt-1">{t("reopen.keptNotice", { count: keptCount })}</p>}
          </Alert>
        )}
        <Card title={pledge.title} actions={<DocumentDownloads kind="pledge" id={pledge.id} />}>
          <div className="space-y-4">
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
              {pledge.openedAt && !draft && <span>{t("frozenSince", { date: formatDate(pledge.openedAt) })}</span>}
              {pledge.signedAt && <span>{t("signedOn", { date: formatDate(pledge.signedAt) })}</span>}
            </p>
            <DocumentDate kind="pledge" subjectId={pledge.id} />
            <SignedCopy kind="pledge" subjectId={pledge.id} />
            {draft && can.manage ? (
              <PledgeTextForm pledge={pledge} />
            ) : (
              pledge.preamble && <p className="whitespace-pre-line text-sm leading-relaxed text-slate-800">{pledge.preamble}</p>
            )}
          </div>
        </Card>
        <PledgeItemsCard pledge={pledge} keptCount={keptCount} previousYear={previousYear} can={can} />
        <PledgeSignCards pledge={pledge} members={members} conferences={conferences} wanted={wanted} signerName={signerName} can={can} />
        <Card title={t("progress.title")}>
          <SigningProgress members={members} signatures={pledge.signatures} />
        </Card>
      </div>
    </>
  );
}
