import { getTranslations } from "next-intl/server";
import type { AppSession } from "@/lib/auth/session-types";
import { specFor } from "@/lib/onboarding/policy";
import type { OnboardingKind } from "@/lib/onboarding/spec";
import { ButtonLink } from "@/components/ui/button";

/** A list page's way to the onboarding page, at that kind's card, for callers who may use it. */
export async function OnboardingLink({ session, kind }: { session: AppSession; kind: OnboardingKind }) {
  if (!specFor(session, kind)) return null;
  const t = await getTranslations("onboarding");
  return (
    <ButtonLink href={`/imports/onboarding#${kind}`} variant="secondary">
      {t("link")}
    </ButtonLink>
  );
}
