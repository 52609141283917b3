// Who may onboard what: each kind asks the permission table through its own domain's rule
// (units: unit.manage; blocs: canCreateBloc; accounts: user.manage; members: bloc.manage, and
// then only the blocs the caller manages, row by row).
import type { AppSession } from "@/lib/auth/session-types";
import { SPECS } from "@/lib/onboarding/kinds";
import type { AnySpec, OnboardingKind } from "@/lib/onboarding/spec";

/** The kind named in a URL, if the caller may use it; null otherwise (the routes answer 404 either way). */
export function specFor(session: AppSession, kind: string): AnySpec | null {
  const spec = SPECS.find((s) => s.kind === kind);
  return spec && spec.allowed(session) ? spec : null;
}

/** The kinds the caller may use, in the page's order. */
export const kindsFor = (session: AppSession): OnboardingKind[] => SPECS.filter((s) => s.allowed(session)).map((s) => s.kind);

/** Whether the page and its link show at all. */
export const canOpenOnboarding = (session: AppSession) => kindsFor(session).length > 0;
