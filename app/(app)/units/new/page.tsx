import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canManageUnits } from "@/lib/units/policy";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UnitForm } from "@/components/units/unit-form";

export default async function NewUnitPage() {
  const session = await requireSession();
  if (!canManageUnits(session)) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("units.new")}
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("units.title"), href: "/units" }, { label: t("units.new") }]}
      />
      <Card>
        <UnitForm />
      </Card>
    </>
  );
}
