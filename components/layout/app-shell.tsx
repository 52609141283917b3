import { getTranslations } from "next-intl/server";
import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { canViewTemplates } from "@/lib/criteria/policy";
import { canOpenScoreImport } from "@/lib/scoring/policy";
import { canReorganise } from "@/lib/reorg/policy";
import { canOpenOnboarding } from "@/lib/onboarding/policy";
import { getCouncilSettings } from "@/lib/council/queries";
import { unreadCount } from "@/lib/notifications/queries";
import { NotificationBell } from "@/components/notifications/bell";
import { NavLinks, type NavItem } from "@/components/layout/nav-links";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { isHeadOf } from "@/lib/units/policy";

// `show`: a finer rule than a permission, for items some holders of it may not use.
// `key`: in nav.json, or a whole key ("imports.nav") when a feature keeps its label in its own namespace.
const NAV: { href: string; key: string; permission?: Permission; show?: (session: AppSession) => boolean }[] = [
  { href: "/", key: "overview" },
  { href: "/blocs", key: "blocs", permission: "bloc.view" },
  { href: "/criteria-templates", key: "criteriaTemplates", show: canViewTemplates },
  { href: "/imports/scores", key: "imports.nav", show: canOpenScoreImport },
  { href: "/imports/onboarding", key: "onboarding.nav", show: canOpenOnboarding },
  { href: "/award-forms", key: "awardForms", permission: "award.catalog" },
  { href: "/units", key: "units", permission: "unit.view" },
  { href: "/reorganisation", key: "reorganisation", show: canReorganise },
  { href: "/users", key: "users", permission: "user.manage" },
  { href: "/audit", key: "audit", permission: "audit.view" },
  { href: "/settings", key: "settings", permission: "council.settings" },
  { href: "/account", key: "account" },
];

export async function AppShell({ session, children }: { session: AppSession; children: React.ReactNode }) {
  const [t, council, unread] = await Promise.all([getTranslations(), getCouncilSettings(), unreadCount(session)]);
  const items: NavItem[] = NAV.filter((n) => (!n.permission || hasPermission(session.role, n.permission)) && (!n.show || n.show(session))).map((n) => ({
    href: n.href,
    label: t(n.key.includes(".") ? n.key : `nav.${n.key}`),
  }));
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div>
            <p className="text-xs uppercase tracking-wide text-white/80">{council.councilName}</p>
            <p className="text-lg font-semibold">{t("app.name")}</p>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <div className="text-right">
              <p className="font-medium">{session.name}</p>
              <p className="text-xs text-white/80">
                {/* A unit's head signs what the officers prepare: named as such, not as an officer. */}
                {isHeadOf(session, session.unitId) ? t("roles.unitHead") : t(`roles.${session.role}`)}
                {session.unitName ? ` · ${session.unitName}` : ""}
              </p>
            </div>
            <NotificationBell count={unread} />
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-4 px-4 py-4 md:flex-row md:gap-6">
        <nav aria-label={t("nav.label")} className="md:w-52 md:shrink-0">
          <NavLinks items={items} menuLabel={t("nav.menu")} />
        </nav>
        <main id="main" className="min-w-0 flex-1 pb-10">
          {children}
        </main>
      </div>
      <footer className="border-t border-slate-200 bg-white py-3 text-center text-xs text-slate-600">
        {council.boardName} · {council.place}
      </footer>
    </div>
  );
}
