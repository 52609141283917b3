import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import { Card, DescriptionList } from "@/components/ui/card";
import { ConferenceForm } from "@/components/conferences/conference-form";
import type { Conference } from "@/components/conferences/conference-view";

type Props = { conference: Conference; options: { value: string; label: string }[]; manage: boolean };

/** The conference's facts and agenda, with the edit form folded away for whoever manages it. */
export async function ConferenceInfoCard({ conference, options, manage }: Props) {
  const t = await getTranslations();
  const chair = [conference.chairName, conference.chairTitle].filter(Boolean).join(", ");
  const secretary = [conference.secretaryName, conference.secretaryTitle].filter(Boolean).join(", ");
  return (
    <Card title={t("conferences.info")}>
      <div className="space-y-4">
        <DescriptionList
          items={[
            { label: t("conferences.fields.kind"), value: t(`conferences.kind.${conference.kind}`) },
            { label: t("conferences.fields.date"), value: formatDateTime(conference.date) },
            { label: t("conferences.fields.venue"), value: conference.venue },
            { label: t("conferences.fields.host"), value: conference.host?.name },
            { label: t("conferences.fields.chair"), value: chair },
            { label: t("conferences.fields.secretaryName"), value: secretary },
            { label: t("conferences.fields.endedAt"), value: conference.endedAt ? formatDateTime(conference.endedAt) : null },
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
  );
}
