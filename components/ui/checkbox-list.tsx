"use client";

import { useState } from "react";
import { SelectAll } from "@/components/ui/select-all";

type Option = { value: string; label: string };

/** Checkboxes posted as `name[]`, with "Chọn tất cả" above them (the activity's participants, say). */
export function CheckboxList({ name, options, defaultSelected }: { name: string; options: Option[]; defaultSelected: string[] }) {
  const [selected, setSelected] = useState(() => new Set(defaultSelected));
  function toggle(value: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    setSelected(next);
  }
  return (
    <div className="mt-2 space-y-2">
      <SelectAll
        total={options.length}
        selected={options.filter((o) => selected.has(o.value)).length}
        onChange={(all) => setSelected(new Set(all ? options.map((o) => o.value) : []))}
      />
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name={`${name}[]`}
                value={o.value}
                checked={selected.has(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                className="mt-0.5 h-4 w-4 rounded border-slate-400"
              />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
