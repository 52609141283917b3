import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { getRegulations, regulationInForce } from "@/lib/regulations/queries";
import { regulationCan } from "@/lib/regulations/policy";
import { RegulationView } from "@/components/regulations/regulation-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("regulations"))("title") };
}

export default async function RegulationPage({ params }: Props) {
  const session = await requireSession();
  const blocId = (await params).id;
  const regulations = await getRegulations(session, blocId);
  if (!regulations) notFound();
  const inForce = await regulationInForce(session, blocId);
  return <RegulationView regulations={regulations} inForce={inForce} can={regulationCan(session, regulations.years, regulations.versions)} />;
}
