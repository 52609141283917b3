import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { NotFoundError } from "@/lib/errors";
import { getExplanationsView } from "@/lib/explanations/queries";
import { getSheetView } from "@/lib/scoring/queries";
import { isHeadOf } from "@/lib/units/policy";
import { SheetView } from "@/components/scoring/sheet-view";

type Params = { params: Promise<{ id: string; year: string; unitId: string }> };

// Cached per request, so generateMetadata and the page share one read of the sheet.
const loadSheet = cache(async (id: string, yearParam: string, unitId: string) => {
  const page = await loadYearPage(Promise.resolve({ id, year: yearParam }));
  if (!page) return null;
  try {
    const view = await getSheetView(page.session, page.year, unitId);
    return { ...page, view, explanations: await getExplanationsView(page.session, page.year, unitId) };
  } catch (error) {
    // Another unit's sheet looks the same as one that does not exist (rule 2).
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});

async function load({ params }: Params) {
  const p = await params;
  return loadSheet(p.id, p.year, p.unitId);
}

export async function generateMetadata(props: Params) {
  const loaded = await load(props);
  const t = await getTranslations("scoring");
  return { title: loaded ? t("sheet.title", { unit: loaded.view.unitName, year: loaded.by.year }) : undefined };
}

export default async function SheetPage(props: Params) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { session, view, explanations } = loaded;
  // The unit's head submits in person; anyone else records the head's name.
  return <SheetView by={loaded.by} view={view} can={{ ...view.can, signAsHead: isHeadOf(session, view.unitId) }} explanations={explanations} />;
}
