import { getTranslations } from "next-intl/server";
import { controlClass } from "@/components/ui/control";

/** Which year the re-division form works on (?nam=), a plain GET form. */
export async function RedivisionYearPicker({ year }: { year: number }) {
  const t = await getTranslations("reorg");
  return (
    <form method="get" action="/reorganisation" className="mb-4 flex items-end gap-2">
      <label className="text-sm font-medium text-slate-800">
        {t("redivision.year")}
        <input name="nam" type="text" inputMode="numeric" defaultValue={year} maxLength={4} className={controlClass("w-28")} />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">
        {t("redivision.pickYear")}
      </button>
    </form>
  );
}
