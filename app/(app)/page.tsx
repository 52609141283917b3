import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";

export default async function OverviewPage() {
  const session = await requireSession();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("nav.overview")} subtitle={session.name} />
    </>
  );
}
