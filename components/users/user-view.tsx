import { getTranslations } from "next-intl/server";
import { SET_PASSWORD_LINK_HOURS } from "@/lib/users/accounts/links";
import { formatDateTime, sortByVi } from "@/lib/format/vi";
import type { SessionRow } from "@/lib/sessions/queries";
import { endUserSessionsAction } from "@/lib/sessions/actions";
import { deleteUserAction, setUserActiveAction } from "@/lib/users/actions";
import type { UserCan } from "@/lib/users/policy";
import type { getUser, userFormOptions } from "@/lib/users/queries";
import { Badge, Card, DescriptionList } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { IssueLinkButton } from "@/components/accounts/issue-link-button";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { UserForm } from "@/components/users/user-form";

type Props = {
  user: NonNullable<Awaited<ReturnType<typeof getUser>>>;
  options: Awaited<ReturnType<typeof userFormOptions>>;
  sessions: SessionRow[];
  /** Offered only where the delete will work; otherwise deactivate. */
  deletable: boolean;
  can: UserCan;
};

/** One account: its details and form, its set-password link, password reset and open sign-ins. */
export async function UserView({ user, options, sessions, deletable, can }: Props) {
  const t = await getTranslations();
  const blocIds = user.blocAssignments.map((a) => a.blocId);
  const { units, blocs } = options;
  const lastSeen = sessions.reduce<Date | null>((at, s) => (!at || s.lastSeenAt > at ? s.lastSeenAt : at), null);

  return (
    <>
      <PageHeader
        title={user.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{user.username}</span>
            <Badge tone="sky">{t(`roles.${user.role}`)}</Badge>
            {user.active ? <Badge tone="green">{t("common.active")}</Badge> : <Badge>{t("users.inactive")}</Badge>}
            {can.self && <Badge tone="amber">{t("users.you")}</Badge>}
          </span>
        }
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("users.title"), href: "/users" }, { label: user.username }]}
        actions={
          // Nobody deactivates or deletes their own account: the service refuses it, the button is not offered.
          can.deactivate && (
            <>
              {deletable && (
                <ConfirmButton
                  action={deleteUserAction}
                  input={{ id: user.id }}
                  label={t("removal.deleteUser")}
                  title={t("removal.deleteUser")}
                  message={t("removal.deleteUserConfirm", { username: user.username })}
                  redirectTo="/users"
                />
              )}
              <ConfirmButton
                action={setUserActiveAction}
                input={{ id: user.id, active: !user.active }}
                label={user.active ? t("users.deactivate") : t("users.reactivate")}
                title={user.active ? t("users.deactivate") : t("users.reactivate")}
                message={user.active ? t("users.deactivateConfirm", { name: user.name }) : t("users.reactivateConfirm", { name: user.name })}
                variant={user.active ? "danger" : "secondary"}
              />
            </>
          )
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card title={t("users.edit")} className="lg:col-span-2">
          <UserForm
            user={{ ...user, blocIds }}
            isSelf={can.self}
            units={sortByVi(units, (u) => u.name).map((u) => ({ value: u.id, label: u.name }))}
            blocs={sortByVi(blocs, (b) => b.name).map((b) => ({ value: b.id, label: b.name }))}
          />
        </Card>
        <div className="space-y-4">
          <Card title={t("accounts.issue.title")}>
            <IssueLinkButton userId={user.id} hours={SET_PASSWORD_LINK_HOURS} />
          </Card>
          <Card title={t("users.resetPassword")}>
            <ResetPasswordForm userId={user.id} />
          </Card>
          <Card title={t("sessions.adminTitle")}>
            <p className="mb-3 text-sm text-slate-700">{t("sessions.adminOpen", { count: sessions.length, at: lastSeen ? formatDateTime(lastSeen) : "" })}</p>
            {sessions.some((s) => !s.current) && (
              <ConfirmButton
                action={endUserSessionsAction}
                input={{ userId: user.id }}
                label={t("sessions.endAll")}
                title={t("sessions.endAll")}
                message={t("sessions.endAllConfirm", { name: user.name })}
              />
            )}
          </Card>
          <Card title={t("users.accountInfo")}>
            <DescriptionList
              items={[
                { label: t("users.createdAt"), value: formatDateTime(user.createdAt) },
                { label: t("users.updatedAt"), value: formatDateTime(user.updatedAt) },
              ]}
            />
            {can.viewAudit && (
              <Link href={`/audit?entity=User&entityId=${encodeURIComponent(user.id)}`} className="mt-3 inline-block text-sm text-sky-800 hover:underline">
                {t("users.viewAudit")}
              </Link>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
