import { Link } from "@/components/ui/link";
import { ChevronRight } from "lucide-react";

export type Crumb = { label: string; href?: string };

export function PageHeader({ title, crumbs, actions, subtitle }: { title: string; crumbs?: Crumb[]; actions?: React.ReactNode; subtitle?: React.ReactNode }) {
  return (
    <div className="mb-6 space-y-2">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label="breadcrumb" className="text-sm text-slate-600">
          <ol className="flex flex-wrap items-center gap-1">
            {crumbs.map((c, i) => (
              <li key={`${c.label}-${i}`} className="flex items-center gap-1">
                {i > 0 && <ChevronRight aria-hidden className="h-3.5 w-3.5" />}
                {c.href ? (
                  <Link href={c.href} className="hover:text-sky-800 hover:underline">
                    {c.label}
                  </Link>
                ) : (
                  <span aria-current="page">{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold text-slate-900">{title}</h1>
          {subtitle && <div className="mt-1 text-sm text-slate-600">{subtitle}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
