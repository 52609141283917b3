import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/control";
import { YEAR_PARAM, type YearFilter } from "@/lib/overview/year-filter";

/** The overview's year: every open year (blank) or one. A GET form, so it works before any script loads and the URL says it. */
export async function YearFilterForm({ value, years }: { value: YearFilter; years: number[] }) {
  const t = await getTranslations("overview");
  const options = value !== null && !years.includes(value) ? [value, ...years] : years;
  return (
    <form action="/" method="get" className="flex flex-wrap items-end gap-2" aria-label={t("filter.label")}>
      <label className="text-sm font-medium text-slate-700">
        {t("filter.label")}
        <select name={YEAR_PARAM} defaultValue={value === null ? "" : String(value)} className={controlClass("min-w-48")}>
          <option value="">{t("filter.open")}</option>
          {options.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("filter.submit")}
      </button>
    </form>
  );
}
