import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canReorganise } from "@/lib/reorg/policy";
import { listRedivisions, listUnitChanges, redivisionForm, workingUnitOptions } from "@/lib/reorg/queries";
import { YEAR_RULES } from "@/lib/validation/fields";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangesTable } from "@/components/reorg/changes-table";
import { RedivisionsTable } from "@/components/reorg/redivisions-table";
import { DissolveForm, MergeForm, RenameForm } from "@/components/reorg/unit-change-forms";
import { RedivisionForm } from "@/components/reorg/redivision-form";
import { RedivisionYearPicker } from "@/components/reorg/redivision-year-picker";

export async function generateMetadata() {
  return { title: (await getTranslations("reorg"))("title") };
}

// "Sắp xếp, tổ chức lại": the changes on record and the forms that make them (docs/reorganisation.md).
export default async function ReorganisationPage({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  const session = await requireSession();
  if (!canReorganise(session)) notFound();
  const asked = Number((await searchParams).nam);
  const year = Number.isInteger(asked) && asked >= YEAR_RULES.min && asked <= YEAR_RULES.max ? asked : new Date().getFullYear();
  const [t, tc, changes, redivisions, units, form] = await Promise.all([
    getTranslations("reorg"),
    getTranslations("common"),
    listUnitChanges(),
    listRedivisions(),
    workingUnitOptions(),
    redivisionForm(year),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]} />
      <div className="space-y-4">
        <Card title={t("changes.title")}>
          <ChangesTable changes={changes} />
        </Card>
        <Card title={t("merge.title")}>
          <MergeForm units={units} />
        </Card>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title={t("rename.title")}>
            <RenameForm units={units} />
          </Card>
          <Card title={t("dissolve.title")}>
            <DissolveForm units={units} />
          </Card>
        </div>
        <Card title={t("redivision.listTitle")}>
          <RedivisionsTable redivisions={redivisions} />
        </Card>
        <Card title={t("redivision.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("redivision.hint")}</p>
          <RedivisionYearPicker year={year} />
          {form.blocs.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{t("redivision.noBlocs", { year })}</p>
          ) : (
            <RedivisionForm key={year} year={year} blocs={form.blocs} units={form.units} />
          )}
        </Card>
      </div>
    </>
  );
}
