import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { getRotationPlanner } from "@/lib/blocs/queries";
import { libraryDocumentsByYear } from "@/lib/library/queries";
import { RotationView } from "@/components/blocs/rotation-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const from = Number((await searchParams).from);
  const t = await getTranslations("blocs");
  return { title: Number.isInteger(from) ? t("planner.title", { year: from + 1 }) : t("rotation.title") };
}

// ?from=<year>: the year the planner starts from; without it, the bloc's latest year.
export default async function RotationPage({ params, searchParams }: Props) {
  const session = await requireSession();
  const raw = (await searchParams).from;
  const from = Number(Array.isArray(raw) ? raw[0] : raw);
  const planner = await getRotationPlanner(session, (await params).id, raw && Number.isInteger(from) ? from : null);
  if (!planner) notFound();
  const decisions = await libraryDocumentsByYear(session, planner.bloc.id, "LEADERSHIP_DECISION");
  return <RotationView planner={planner} decisionDocs={{ current: decisions.get(planner.from) ?? null, next: decisions.get(planner.from + 1) ?? null }} />;
}
