"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, useContext, useState } from "react";
import { issueSetPasswordLinksAction } from "@/lib/users/accounts/actions";
import type { Handover } from "@/lib/users/accounts/handover-workbook";
import { Button } from "@/components/ui/button";
import { SelectAll } from "@/components/ui/select-all";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { HandoverSheet } from "@/components/accounts/handover-sheet";

type Selection = { selected: Set<string>; toggle: (id: string, on: boolean) => void };
const SelectionContext = createContext<Selection>({ selected: new Set(), toggle: () => {} });

/** A row's tick box in the users table (rendered by the server page, inside LinkSelection). */
export function PickBox({ id, label }: { id: string; label: string }) {
  const { selected, toggle } = useContext(SelectionContext);
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={selected.has(id)}
      onChange={(e) => toggle(id, e.target.checked)}
      className="h-4 w-4 rounded border-slate-400"
    />
  );
}

/**
 * The users list with tick boxes and the two ways to issue set-password links: for the ticked
 * accounts, or for every active account without a password (imported ones). The links come back
 * once, as the handover sheet, which replaces the list until "Xong".
 */
export function LinkSelection({ ids, withoutPassword, hours, children }: { ids: string[]; withoutPassword: number; hours: number; children: React.ReactNode }) {
  const t = useTranslations("accounts");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [handover, setHandover] = useState<Handover | null>(null);
  // The links come back once, shown in place of the list; the page refreshes when it is closed.
  const issuing = useAction(issueSetPasswordLinksAction, {
    refresh: false,
    onSuccess: (data) => {
      setSelected(new Set());
      setHandover(data);
    },
  });
  const pending = issuing.pending;

  function toggle(id: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  const issue = (input: { userIds: string[]; withoutPassword: boolean }) => issuing.run(input);

  if (handover)
    return (
      <HandoverSheet
        handover={handover}
        onDone={() => {
          setHandover(null);
          router.refresh();
        }}
      />
    );

  const ticked = ids.filter((id) => selected.has(id));
  return (
    <SelectionContext.Provider value={{ selected, toggle }}>
      <section className="mb-3 space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="issue-links-title">
        <h2 id="issue-links-title" className="text-base font-semibold text-slate-800">
          {t("issue.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("issue.intro", { hours })}</p>
        <ActionAlert state={issuing} />
        <div className="flex flex-wrap items-center gap-3">
          <SelectAll total={ids.length} selected={ticked.length} onChange={(all) => setSelected(new Set(all ? ids : []))} />
          <Button disabled={pending || ticked.length === 0} onClick={() => issue({ userIds: ticked, withoutPassword: false })}>
            {t("issue.selected", { count: ticked.length })}
          </Button>
          <Button variant="secondary" disabled={pending || withoutPassword === 0} onClick={() => issue({ userIds: [], withoutPassword: true })}>
            {t("issue.withoutPassword", { count: withoutPassword })}
          </Button>
          {pending && <span className="text-sm text-slate-600">{t("issue.working")}</span>}
        </div>
      </section>
      {children}
    </SelectionContext.Provider>
  );
}
