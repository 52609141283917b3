import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";

/** Shown in place of any page while the user still has a password an administrator chose. */
export async function MustChangePassword() {
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("account.mustChangeTitle")} />
      <Card>
        <div className="mb-4">
          <Alert tone="info">{t("account.mustChange")}</Alert>
        </div>
        <ChangePasswordForm />
      </Card>
    </>
  );
}
