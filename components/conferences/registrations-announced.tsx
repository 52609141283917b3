import { getTranslations } from "next-intl/server";
import { announceRegistrationsAction } from "@/lib/conferences/actions";
import { carriesPledgeSigning } from "@/lib/conferences/quorum";
import { formatDateTime } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Link } from "@/components/ui/link";
import type { Conference } from "@/components/conferences/conference-view";

/**
 * At a signing conference, the units' registrations (the compiled list) are announced: once
 * recorded, a link to the compiled list; before, the organisers may record it.
 */
export async function RegistrationsAnnounced({ registrationHref, conference, manage }: { registrationHref: string; conference: Conference; manage: boolean }) {
  const t = await getTranslations("conferences");
  if (!carriesPledgeSigning(conference.kind)) return null;
  if (conference.registrationsAnnouncedAt) {
    return (
      <Alert tone="info">
        <span className="flex flex-wrap items-center gap-2">
          {t("registrations.announced", { date: formatDateTime(conference.registrationsAnnouncedAt) })}
          <Link href={registrationHref} className="font-medium text-sky-900 underline">
            {t("registrations.list")}
          </Link>
        </span>
      </Alert>
    );
  }
  if (!manage) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <span className="min-w-0 flex-1">{t("registrations.hint")}</span>
      <ConfirmButton
        action={announceRegistrationsAction}
        input={{ conferenceId: conference.id }}
        label={t("registrations.button")}
        title={t("registrations.title")}
        message={t("registrations.message")}
        confirmLabel={t("registrations.confirm")}
        variant="secondary"
      />
    </div>
  );
}
