import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { SessionList } from "@/components/sessions/session-list";
import { openSessions } from "@/lib/sessions/queries";
import { preferencesOf } from "@/lib/notifications/queries";
import { NotificationPreferences } from "@/components/notifications/preferences";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("account.title") };
}

// Every signed-in user's own account: who they are, their password and where they are signed in.
export default async function AccountPage() {
  const session = await requireSession();
  const [t, tc, ts, tn, sessions, preferences] = await Promise.all([
    getTranslations("users"),
    getTranslations("common"),
    getTranslations("sessions"),
    getTranslations("notifications"),
    openSessions(session, session.userId),
    preferencesOf(session),
  ]);
  return (
    <>
      <PageHeader title={t("account.title")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("account.title") }]} />
      <Card title={t("account.password")}>
        <p className="mb-4 text-sm text-slate-700">{t("account.signedInAs", { name: session.name, username: session.username })}</p>
        <ChangePasswordForm />
      </Card>
      <Card title={ts("title")} className="mt-4">
        <SessionList sessions={sessions} />
      </Card>
      <Card title={tn("preferences.title")} className="mt-4">
        <NotificationPreferences preferences={preferences} />
      </Card>
    </>
  );
}
