"use client";

import { useState } from "react";
import { setNotificationPreferencesAction } from "@/lib/notifications/actions";
import type { EventKind } from "@/lib/notifications/kinds";
import type { PreferenceChoice } from "@/lib/notifications/preferences";
import { Button } from "@/components/ui/button";
import { ActionAlert, useAction } from "@/components/ui/use-action";

type Row = { kind: EventKind; label: string; choice: PreferenceChoice };
type Labels = Record<PreferenceChoice, string> & { save: string; saved: string; legend: string };

// One choice per kind of event (no e-mail, at once, daily digest), saved together.
export function PreferencesForm({ rows, labels }: { rows: Row[]; labels: Labels }) {
  const [choices, setChoices] = useState(() => Object.fromEntries(rows.map((r) => [r.kind, r.choice])) as Record<EventKind, PreferenceChoice>);
  const saving = useAction(setNotificationPreferencesAction, { successMessage: labels.saved, refresh: false });
  function save(event: React.FormEvent) {
    event.preventDefault();
    saving.run({ prefs: rows.map((r) => ({ kind: r.kind, choice: choices[r.kind] })) });
  }
  return (
    <form onSubmit={save} className="space-y-4">
      <fieldset>
        <legend className="sr-only">{labels.legend}</legend>
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {rows.map((r) => (
            <li key={r.kind} className="flex flex-wrap items-center justify-between gap-2 p-2">
              <label htmlFor={`pref-${r.kind}`} className="min-w-0 flex-1 break-words text-sm text-slate-800">
                {r.label}
              </label>
              <select
                id={`pref-${r.kind}`}
                value={choices[r.kind]}
                onChange={(e) => setChoices({ ...choices, [r.kind]: e.target.value as PreferenceChoice })}
                className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
              >
                {(["now", "digest", "off"] as const).map((c) => (
                  <option key={c} value={c}>
                    {labels[c]}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving.pending}>
          {labels.save}
        </Button>
        <ActionAlert state={saving} />
      </div>
    </form>
  );
}
