"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";

/**
 * "Chọn tất cả" above a list of ticked units: checked when every box is, half-checked when some
 * are (the indeterminate state exists only as a DOM property, hence the effect), with the count.
 */
export function SelectAll({
  total,
  selected,
  onChange,
  label,
  className,
}: {
  total: number;
  selected: number;
  onChange: (all: boolean) => void;
  label?: string;
  className?: string;
}) {
  const t = useTranslations("common");
  const ref = useRef<HTMLInputElement>(null);
  const some = selected > 0 && selected < total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <label className={cn("inline-flex items-center gap-2 text-sm font-medium text-slate-800", className)}>
      <input
        ref={ref}
        type="checkbox"
        checked={total > 0 && selected === total}
        disabled={total === 0}
        onChange={(e) => onChange(e.target.checked)}
        className="h-4 w-4 rounded border-slate-400"
      />
      {label ?? t("selectAll")}
      <span className="font-normal text-slate-600">({t("selectedOf", { selected, total })})</span>
    </label>
  );
}
