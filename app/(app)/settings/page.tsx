import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canManageCouncil } from "@/lib/council/policy";
import { timeZoneOptions } from "@/lib/council/time-zones";
import { getCouncilSettings, getDocumentIssuers, listLegalDocuments } from "@/lib/council/queries";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CouncilSettingsForm } from "@/components/council/settings-form";
import { DocumentIssuersForm } from "@/components/council/document-issuers-form";
import { CreateLegalDocumentForm } from "@/components/council/legal-document-form";
import { LegalDocumentsTable } from "@/components/council/legal-documents-table";

export async function generateMetadata() {
  return { title: (await getTranslations("council"))("settings.title") };
}

// The council's own settings and the legal documents its documents cite: the administrator.
export default async function SettingsPage() {
  const session = await requireSession();
  if (!canManageCouncil(session)) notFound();
  const [t, tc, settings, docs, issuers] = await Promise.all([
    getTranslations("council"),
    getTranslations("common"),
    getCouncilSettings(),
    listLegalDocuments(session),
    getDocumentIssuers(session),
  ]);
  return (
    <>
      <PageHeader title={t("settings.title")} subtitle={t("settings.subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("settings.title") }]} />
      <div className="space-y-4">
        <Card title={t("settings.council")}>
          <CouncilSettingsForm settings={settings} timeZones={timeZoneOptions()} />
        </Card>
        <Card title={t("issuers.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("issuers.subtitle")}</p>
          <DocumentIssuersForm values={issuers} />
        </Card>
        <Card title={t("legal.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("legal.subtitle")}</p>
          <LegalDocumentsTable docs={docs} now={new Date()} />
        </Card>
        <Card title={t("legal.new")}>
          <CreateLegalDocumentForm />
        </Card>
      </div>
    </>
  );
}
