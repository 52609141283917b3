import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { SignedCopy } from "@/components/documents/signed-copy";
import { setMinutesAction } from "@/lib/conferences/actions";

/** The minutes (biên bản) as written, and the official document generated from the conference. */
export async function MinutesCard({ conferenceId, minutes, manage }: { conferenceId: string; minutes: string | null; manage: boolean }) {
  const t = await getTranslations("conferences");
  return (
    <Card title={t("minutes.title")} actions={<DocumentDownloads kind="minutes" id={conferenceId} />}>
      <div className="space-y-4">
        <DocumentDate kind="minutes" subjectId={conferenceId} />
        <SignedCopy kind="minutes" subjectId={conferenceId} />
        {manage ? (
          <ActionForm action={setMinutesAction} extra={{ conferenceId }} successMessage={t("minutes.saved")}>
            <TextAreaField name="minutes" label={t("minutes.label")} hint={t("minutes.hint")} rows={10} defaultValue={minutes ?? ""} />
            <SubmitButton>{t("minutes.save")}</SubmitButton>
          </ActionForm>
        ) : minutes ? (
          <p className="whitespace-pre-line text-sm text-slate-900">{minutes}</p>
        ) : (
          <p className="text-sm text-slate-600">{t("minutes.empty")}</p>
        )}
      </div>
    </Card>
  );
}
