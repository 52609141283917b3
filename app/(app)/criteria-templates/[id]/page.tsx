import { notFound } from "next/navigation";
import { requireSession } from "@/lib/auth/session";
import { templatesCan } from "@/lib/criteria/policy";
import { getCriteriaTemplate } from "@/lib/criteria/queries";
import { TemplateView } from "@/components/criteria/template-view";

type Params = { params: Promise<{ id: string }> };

async function load(params: Params["params"]) {
  const session = await requireSession();
  const { id } = await params;
  if (!id || id.length > 64) return null;
  return getCriteriaTemplate(session, id);
}

export async function generateMetadata({ params }: Params) {
  return { title: (await load(params))?.name };
}

export default async function CriteriaTemplatePage({ params }: Params) {
  const set = await load(params);
  if (!set) notFound();
  return <TemplateView set={set} can={templatesCan(await requireSession())} />;
}
