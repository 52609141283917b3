"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { FieldErrorText, SubmitButton } from "@/components/ui/fields";
import { cn } from "@/components/ui/cn";
import { SelectAll } from "@/components/ui/select-all";
import { setMembersAction } from "@/lib/blocs/actions";

// takenBy: the bloc that already has this unit in the same year (a unit sits in one bloc a year).
type Unit = { id: string; name: string; shortName: string; code: string; archived: boolean; takenBy: string | null };

// Case- and tone-insensitive: "so tu phap" finds "Sở Tư pháp".
function fold(s: string) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/**
 * Every active unit as a checkbox; filtered-out boxes are only hidden, so they are still submitted.
 * Closed behind a button once the year has members: a province has hundreds of units, and the
 * year's page should not carry (or make the board scroll past) that list when nobody edits it.
 */
export function MembersEditor({ blocYearId, units, selectedIds }: { blocYearId: string; units: Unit[]; selectedIds: string[] }) {
  const t = useTranslations("blocs");
  const filterId = useId();
  const [open, setOpen] = useState(selectedIds.length === 0);
  const [filter, setFilter] = useState("");
  const [selected, setSelected] = useState(() => new Set(selectedIds));
  const needle = fold(filter.trim());
  const matches = (u: Unit) => !needle || fold(`${u.name} ${u.shortName} ${u.code}`).includes(needle);
  const visibleCount = units.filter(matches).length;

  // "Chọn tất cả" acts on the units the filter shows and that may be picked (not another bloc's this year).
  const pickable = units.filter((u) => matches(u) && (!u.takenBy || selected.has(u.id)));
  function selectAll(on: boolean) {
    const next = new Set(selected);
    for (const u of pickable) {
      if (on) next.add(u.id);
      else next.delete(u.id);
    }
    setSelected(next);
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  if (!open) {
    return (
      <Button variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t("year.membersEdit")}
      </Button>
    );
  }

  return (
    <ActionForm action={setMembersAction} extra={{ blocYearId }} successMessage={t("year.membersSaved")}>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">{t("year.membersEdit")}</legend>
        <p className="text-xs text-slate-600">{t("year.membersHint")}</p>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <label htmlFor={filterId} className="block text-sm font-medium text-slate-800">
              {t("year.membersFilter")}
            </label>
            <input
              id={filterId}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder={t("year.membersFilterPlaceholder")}
              className="mt-1 w-72 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            />
          </div>
          <p className="text-sm text-slate-700" aria-live="polite">
            {t("year.membersSelected", { count: selected.size })}
          </p>
        </div>
        <SelectAll
          total={pickable.length}
          selected={pickable.filter((u) => selected.has(u.id)).length}
          onChange={selectAll}
          label={needle ? t("year.membersSelectShown") : undefined}
        />
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
          {units.map((u) => (
            <li key={u.id} className={cn("px-3 py-2", !matches(u) && "hidden")}>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="unitIds[]"
                  value={u.id}
                  checked={selected.has(u.id)}
                  disabled={!!u.takenBy && !selected.has(u.id)}
                  onChange={(e) => toggle(u.id, e.target.checked)}
                  className="mt-0.5 h-4 w-4 rounded border-slate-400"
                />
                <span>
                  {u.name} <span className="font-mono text-xs text-slate-600">{u.code}</span>
                </span>
                {u.archived && <Badge>{t("year.archivedUnit")}</Badge>}
                {u.takenBy && <span className="text-xs text-slate-600">{t("year.takenBy", { bloc: u.takenBy })}</span>}
              </label>
            </li>
          ))}
        </ul>
        {visibleCount === 0 && <p className="text-sm text-slate-600">{t("year.membersNoMatch")}</p>}
        <FieldErrorText name="unitIds" />
      </fieldset>
      <SubmitButton>{t("year.membersSave")}</SubmitButton>
    </ActionForm>
  );
}
