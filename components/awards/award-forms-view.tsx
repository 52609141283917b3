import { getTranslations } from "next-intl/server";
import { archiveAwardFormAction } from "@/lib/awards/actions";
import type { listAwardForms } from "@/lib/awards/queries";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { CreateAwardFormForm, EditAwardFormButton } from "@/components/awards/award-form-form";

type Row = Awaited<ReturnType<typeof listAwardForms>>[number];

// The catalogue of award forms, kept by board staff for every bloc; quotas and proposals pick from it.
export async function AwardFormsView({ forms, query, includeArchived }: { forms: Row[]; query: TableQuery; includeArchived: boolean }) {
  const [t, tc] = await Promise.all([getTranslations("awards"), getTranslations("common")]);
  const columns: Column<Row>[] = [
    { key: "position", label: t("forms.position"), sortValue: (f) => f.position, render: (f) => <span className="tabular-nums">{f.position}</span> },
    { key: "code", label: t("forms.code"), sortValue: (f) => f.code, render: (f) => <span className="font-mono text-xs">{f.code}</span> },
    { key: "name", label: t("forms.name"), sortValue: (f) => f.name, render: (f) => <span className="font-medium text-slate-900">{f.name}</span> },
    { key: "usage", label: t("forms.usage"), render: (f) => t("forms.usageValue", { quotas: f._count.quotas, nominees: f._count.nominees }) },
    { key: "status", label: t("forms.status"), render: (f) => (f.archivedAt ? <Badge>{tc("archived")}</Badge> : <Badge tone="green">{tc("active")}</Badge>) },
    {
      key: "actions",
      label: tc("actions"),
      render: (f) => (
        <div className="flex flex-wrap items-start gap-2">
          <EditAwardFormButton form={{ id: f.id, code: f.code, name: f.name, position: f.position }} />
          <ConfirmButton
            action={archiveAwardFormAction}
            input={{ id: f.id, archived: !f.archivedAt }}
            variant={f.archivedAt ? "secondary" : "danger"}
            label={f.archivedAt ? t("forms.restore") : t("forms.archive")}
            title={f.archivedAt ? t("forms.restoreTitle") : t("forms.archiveTitle")}
            message={f.archivedAt ? t("forms.restoreMessage", { name: f.name }) : t("forms.archiveMessage", { name: f.name })}
          />
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t("forms.title")} subtitle={t("forms.subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("forms.title") }]} />
      <div className="space-y-4">
        <Card title={t("forms.new")}>
          <CreateAwardFormForm />
        </Card>
        <div className="flex justify-end">
          <Link href={includeArchived ? "/award-forms" : "/award-forms?archived=1"} className="text-sm text-sky-800 hover:underline">
            {includeArchived ? t("forms.hideArchived") : t("forms.showArchived")}
          </Link>
        </div>
        {forms.length === 0 ? (
          <EmptyState title={t("forms.empty")} hint={t("forms.emptyHint")} />
        ) : (
          <DataTable
            rows={sortRows(forms, columns, query)}
            columns={columns}
            rowKey={(f) => f.id}
            query={query}
            basePath="/award-forms"
            caption={t("forms.title")}
          />
        )}
      </div>
    </>
  );
}
