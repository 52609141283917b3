import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { YearTabs, type YearTab } from "@/components/blocs/year-tabs";

type Props = {
  bloc: { id: string; name: string };
  year: number;
  title: string;
  crumb: string;
  /** The section a detail page belongs to (a conference under "Hội nghị"), as a crumb before `crumb`. */
  section?: { label: string; href: string };
  /** Replaces the bloc name under the title (a detail page's own facts). */
  subtitle?: React.ReactNode;
  active: YearTab;
  badge?: React.ReactNode;
  actions?: React.ReactNode;
};

/** The header every section of a bloc year shares: title, bloc name with a status badge, breadcrumbs, tabs. */
export async function YearPageHeader({ bloc, year, title, crumb, section, subtitle, active, badge, actions }: Props) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          subtitle ?? (
            <span className="flex flex-wrap items-center gap-2">
              <span>{bloc.name}</span>
              {badge}
            </span>
          )
        }
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: bloc.name, href: `/blocs/${bloc.id}` },
          { label: t("blocs.year.crumb", { year }), href: `/blocs/${bloc.id}/years/${year}` },
          ...(section ? [section] : []),
          { label: crumb },
        ]}
        actions={actions}
      />
      <YearTabs blocId={bloc.id} year={year} active={active} />
    </>
  );
}
