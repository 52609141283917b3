import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

export type YearTab =
  | "overview"
  | "plan"
  | "registration"
  | "pledge"
  | "criteria"
  | "scoring"
  | "ranking"
  | "awards"
  | "achievementReports"
  | "conferences"
  | "activities"
  | "reports";

const TABS: { key: YearTab; path: string }[] = [
  { key: "overview", path: "" },
  { key: "plan", path: "/plan" },
  { key: "registration", path: "/registration" },
  { key: "pledge", path: "/pledge" },
  { key: "criteria", path: "/criteria" },
  { key: "scoring", path: "/scoring" },
  { key: "ranking", path: "/ranking" },
  { key: "awards", path: "/awards" },
  { key: "achievementReports", path: "/achievement-reports" },
  { key: "conferences", path: "/conferences" },
  { key: "activities", path: "/activities" },
  { key: "reports", path: "/reports" },
];

/**
 * The sections of one bloc year; every page of a bloc year shows them under its header.
 * The tabs wrap onto a second line rather than scroll: a row cut at the edge hid the last tabs
 * with nothing to say they were there (docs/conventions.md, "Layout").
 */
export async function YearTabs({ blocId, year, active }: { blocId: string; year: number; active: YearTab }) {
  const t = await getTranslations("blocs");
  return (
    <nav aria-label={t("tabs.label")} className="mb-4 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={`/blocs/${blocId}/years/${year}${tab.path}`}
              aria-current={tab.key === active ? "page" : undefined}
              className={cn(
                "-mb-px inline-block whitespace-nowrap border-b-2 px-2 py-2 text-sm font-medium",
                tab.key === active ? "border-sky-700 text-sky-900" : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {t(`tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
