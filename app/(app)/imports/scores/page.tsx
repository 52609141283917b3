import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { VN_TIME_ZONE } from "@/lib/format/vi";
import { canOpenScoreImport } from "@/lib/scoring/policy";
import { SCORE_COLUMNS } from "@/lib/imports/score-import-rows";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreImportForm } from "@/components/imports/score-import-form";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("title") };
}

const thisYear = () => Number(new Intl.DateTimeFormat("en", { timeZone: VN_TIME_ZONE, year: "numeric" }).format(new Date()));

// Board staff load units' self-scores for a year from one workbook (lib/imports/score-import.ts).
export default async function ScoreImportPage() {
  const session = await requireSession();
  if (!canOpenScoreImport(session)) notFound();
  const t = await getTranslations("imports");
  const tc = await getTranslations("common");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]} />
      <ClientMessages namespaces={["imports"]}>
        <ScoreImportForm defaultYear={thisYear()} columns={Object.values(SCORE_COLUMNS).join(", ")} />
      </ClientMessages>
    </>
  );
}
