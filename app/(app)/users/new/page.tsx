import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { sortByVi } from "@/lib/format/vi";
import { canManageUsers } from "@/lib/users/policy";
import { userFormOptions } from "@/lib/users/queries";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("new") };
}

export default async function NewUserPage() {
  const session = await requireSession();
  if (!canManageUsers(session)) notFound();
  const t = await getTranslations();
  const { units, blocs } = await userFormOptions(session);
  return (
    <>
      <PageHeader
        title={t("users.new")}
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("users.title"), href: "/users" }, { label: t("users.new") }]}
      />
      <Card>
        <UserForm
          units={sortByVi(units, (u) => u.name).map((u) => ({ value: u.id, label: u.name }))}
          blocs={sortByVi(blocs, (b) => b.name).map((b) => ({ value: b.id, label: b.name }))}
        />
      </Card>
    </>
  );
}
