import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { registrationCan } from "@/lib/registrations/policy";
import { announcedAt, ownRegistration, registrationProgress, registrationSetting } from "@/lib/registrations/queries";
import { RegistrationView } from "@/components/registrations/registration-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("registrations");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("pageTitle", { year })) };
}

export default async function RegistrationPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by, year } = page;
  const [setting, own, progress, announced] = await Promise.all([
    registrationSetting(session, by.id),
    ownRegistration(session, year),
    registrationProgress(session, year),
    announcedAt(session, by.id),
  ]);
  if (!setting) notFound();
  return (
    <RegistrationView by={by} setting={setting} own={own} progress={progress} announced={announced} now={new Date()} can={registrationCan(session, year)} />
  );
}
