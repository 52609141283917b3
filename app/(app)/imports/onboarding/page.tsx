import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { kindsFor } from "@/lib/onboarding/policy";
import type { OnboardingKind } from "@/lib/onboarding/spec";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OnboardingCard } from "@/components/onboarding/onboarding-card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("onboarding"))("title") };
}

const LIST: Record<OnboardingKind, string> = { units: "/units", blocs: "/blocs", accounts: "/users", members: "/blocs" };

// A province's own data from Excel, kind by kind in the order they depend on each other (lib/onboarding).
export default async function OnboardingPage() {
  const session = await requireSession();
  const kinds = kindsFor(session);
  if (kinds.length === 0) notFound();
  const t = await getTranslations("onboarding");
  const tc = await getTranslations("common");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]} />
      <ClientMessages namespaces={["onboarding"]}>
        <div className="grid grid-cols-1 gap-4">
          {kinds.map((kind, i) => (
            <div key={kind} id={kind} className="scroll-mt-4">
              <OnboardingCard kind={kind} step={i + 1} listHref={LIST[kind]} />
            </div>
          ))}
        </div>
      </ClientMessages>
    </>
  );
}
