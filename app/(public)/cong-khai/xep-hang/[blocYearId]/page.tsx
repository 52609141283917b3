import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { formatDate } from "@/lib/format/vi";
import { getPublicRanking } from "@/lib/ranking/queries";
import { RankingTable } from "@/components/ranking/ranking-table";

// Read-only and open without signing in: only an approved ranking the board has made public,
// with the totals (no scores per criterion, no reasons). Anything else is "not found".
type Params = { params: Promise<{ blocYearId: string }> };

const load = cache(async (blocYearId: string) => getPublicRanking(blocYearId));

export async function generateMetadata({ params }: Params) {
  const ranking = await load((await params).blocYearId);
  const t = await getTranslations("ranking");
  return { title: ranking ? `${t("public.heading", { year: ranking.year })} – ${ranking.blocName}` : undefined };
}

export default async function PublicRankingPage({ params }: Params) {
  const ranking = await load((await params).blocYearId);
  if (!ranking) notFound();
  const t = await getTranslations("ranking");
  return (
    <main className="mx-auto max-w-6xl space-y-4 px-4 py-8">
      <header>
        <p className="text-sm font-medium text-slate-600">{ranking.blocName}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{t("public.heading", { year: ranking.year })}</h1>
        {ranking.approvedAt && <p className="mt-1 text-sm text-slate-700">{t("public.approvedAt", { date: formatDate(ranking.approvedAt) })}</p>}
      </header>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <RankingTable rows={ranking.ranking.rows} groups={ranking.groups} showBasis={false} />
      </section>
    </main>
  );
}
