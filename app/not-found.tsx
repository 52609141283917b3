import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-20 text-center">
      <title>{t("pageNotFound")}</title>
      <h1 className="text-2xl font-semibold">{t("pageNotFound")}</h1>
      <p className="mt-2 text-slate-600">{t("pageNotFoundHint")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("goHome")}
      </ButtonLink>
    </main>
  );
}
