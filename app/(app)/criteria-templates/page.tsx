import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { templatesCan } from "@/lib/criteria/policy";
import { listCriteriaTemplates } from "@/lib/criteria/queries";
import { TemplatesView } from "@/components/criteria/templates-view";

export async function generateMetadata() {
  return { title: (await getTranslations("criteria"))("templates.title") };
}

export default async function CriteriaTemplatesPage() {
  const session = await requireSession();
  const can = templatesCan(session);
  if (!can.view) notFound();
  return <TemplatesView templates={await listCriteriaTemplates(session)} can={can} />;
}
