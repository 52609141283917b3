import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { AuditFilters } from "@/lib/audit/filters";
import { sortByVi } from "@/lib/format/vi";
import { buttonClass } from "@/components/ui/button";
import { auditLabels } from "@/components/audit/labels";
import { controlClass } from "@/components/ui/control";

const control = controlClass();
const labelClass = "block text-sm font-medium text-slate-800";

type Options = { entityTypes: string[]; actions: string[]; users: { id: string; name: string; username: string }[] };

// A plain GET form: the filters live in the address, so a filtered view can be bookmarked or shared.
export async function AuditFilterForm({ filters, options, invalid }: { filters: AuditFilters; options: Options; invalid: ("from" | "to")[] }) {
  const t = await getTranslations("audit");
  const labels = await auditLabels();
  const entities = sortByVi(
    options.entityTypes.map((v) => ({ value: v, label: labels.entity(v) })),
    (o) => o.label,
  );
  const actions = sortByVi(
    options.actions.map((v) => ({ value: v, label: labels.action(v) })),
    (o) => o.label,
  );
  const users = sortByVi(options.users, (u) => u.name);
  // A value from the address that is not among the choices (typed by hand) stays selectable.
  if (filters.action && !options.actions.includes(filters.action)) actions.unshift({ value: filters.action, label: filters.action });

  return (
    <form action="/audit" method="get" role="search" aria-label={t("filters.title")} className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="audit-entity" className={labelClass}>
            {t("filters.entity")}
          </label>
          <select id="audit-entity" name="entity" defaultValue={filters.entity ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {entities.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className={labelClass}>
            {t("filters.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {actions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-user" className={labelClass}>
            {t("filters.user")}
          </label>
          <select id="audit-user" name="user" defaultValue={filters.user ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>{`${u.name} (${u.username})`}</option>
            ))}
          </select>
        </div>
        {(["from", "to"] as const).map((key) => (
          <div key={key}>
            <label htmlFor={`audit-${key}`} className={labelClass}>
              {t(`filters.${key}`)}
            </label>
            <input
              id={`audit-${key}`}
              name={key}
              type="text"
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              defaultValue={filters[key] ?? ""}
              aria-invalid={invalid.includes(key)}
              aria-describedby={invalid.includes(key) ? `audit-${key}-error` : undefined}
              className={control}
            />
            {invalid.includes(key) && (
              <p id={`audit-${key}-error`} className="mt-1 text-xs font-medium text-brand-700">
                {t("filters.invalidDate")}
              </p>
            )}
          </div>
        ))}
      </div>
      {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/audit" className="text-sm text-sky-800 hover:underline">
          {t("filters.clear")}
        </Link>
        {filters.entityId && <span className="text-sm text-slate-600">{t("filters.oneEntity", { id: filters.entityId })}</span>}
      </div>
    </form>
  );
}
