import { getTranslations } from "next-intl/server";
import type { preferencesOf } from "@/lib/notifications/queries";
import { Alert } from "@/components/ui/alert";
import { PreferencesForm } from "./preferences-form";

// The account page's section: how each kind of event reaches the user by e-mail.
export async function NotificationPreferences({ preferences }: { preferences: Awaited<ReturnType<typeof preferencesOf>> }) {
  const t = await getTranslations("notifications");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("preferences.intro")}</p>
      {!preferences.hasEmail && <Alert tone="warning">{t("preferences.noEmail")}</Alert>}
      <PreferencesForm
        rows={preferences.choices.map((c) => ({ ...c, label: t(`kinds.${c.kind}`) }))}
        labels={{
          off: t("preferences.off"),
          now: t("preferences.now"),
          digest: t("preferences.digest"),
          save: t("preferences.save"),
          saved: t("preferences.saved"),
          legend: t("preferences.title"),
        }}
      />
      <p className="text-xs text-slate-600">{t("preferences.escalation")}</p>
    </div>
  );
}
