import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/vi";
import { describeDevice } from "@/lib/sessions/device";
import type { SessionRow } from "@/lib/sessions/queries";
import { endOtherSessionsAction, endOwnSessionAction } from "@/lib/sessions/actions";
import { Badge } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";

// A person's own open sign-ins, this one first, each other one with its own "Kết thúc".
export async function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = await getTranslations("sessions");
  const device = (ua: string | null) => {
    const { browser, system } = describeDevice(ua);
    if (browser && system) return t("deviceOn", { browser, system });
    return browser ?? system ?? t("unknownDevice");
  };
  const current = sessions.find((s) => s.current);
  const others = sessions.filter((s) => !s.current);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("intro", { hours: env.SESSION_MAX_AGE_HOURS, minutes: env.SESSION_IDLE_MINUTES })}</p>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {[...(current ? [current] : []), ...others].map((s) => (
          <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
            <div className="min-w-0 space-y-1 text-sm">
              <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                {device(s.userAgent)}
                {s.current && <Badge tone="green">{t("current")}</Badge>}
              </p>
              <p className="text-slate-700">
                {t("signedInAt")}: {formatDateTime(s.createdAt)} · {t("lastSeenAt")}: {formatDateTime(s.lastSeenAt)}
              </p>
              <p className="text-slate-600">
                {t("address")}: <span className="font-mono">{s.address || "—"}</span> · {t("endsAt")}: {formatDateTime(s.endsAt)}
              </p>
            </div>
            {!s.current && (
              <ConfirmButton
                action={endOwnSessionAction}
                input={{ id: s.id }}
                label={t("end")}
                ariaLabel={t("endAria", { device: device(s.userAgent), at: formatDateTime(s.createdAt) })}
                title={t("endTitle")}
                message={t("endConfirm", { device: device(s.userAgent) })}
                confirmLabel={t("end")}
                variant="secondary"
              />
            )}
          </li>
        ))}
      </ul>
      {others.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        current && (
          <ConfirmButton
            action={endOtherSessionsAction}
            input={{ keep: current.id }}
            label={t("endOthers")}
            title={t("endOthers")}
            message={t("endOthersConfirm", { count: others.length })}
            confirmLabel={t("endOthers")}
          />
        )
      )}
    </div>
  );
}
