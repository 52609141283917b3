import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canCreateBloc } from "@/lib/blocs/policy";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BlocForm } from "@/components/blocs/bloc-form";

export async function generateMetadata() {
  return { title: (await getTranslations("blocs"))("new") };
}

export default async function NewBlocPage() {
  const session = await requireSession();
  if (!canCreateBloc(session)) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("blocs.new")}
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("blocs.title"), href: "/blocs" }, { label: t("blocs.new") }]}
      />
      <Card>
        <BlocForm />
      </Card>
    </>
  );
}
