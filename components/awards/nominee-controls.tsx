"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { moveNomineeAction, removeNomineeAction } from "@/lib/awards/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ActionAlert, useAction } from "@/components/ui/use-action";

const iconButton = "rounded-md border border-slate-300 bg-white p-1.5 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

type Props = { nomineeId: string; version: number; unit: string; form: string; first: boolean; last: boolean };

/** Reorder a nominee within its award form, or take it out; every write carries the version the page showed. */
export function NomineeControls({ nomineeId, version, unit, form, first, last }: Props) {
  const t = useTranslations();
  const moving = useAction(moveNomineeAction);
  const move = (direction: "up" | "down") => moving.run({ nomineeId, version, direction });
  const pending = moving.pending;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={iconButton} disabled={pending || first} onClick={() => move("up")} aria-label={t("awards.proposal.moveUp", { unit })}>
          <ArrowUp aria-hidden className="h-4 w-4" />
        </button>
        <button
          type="button"
          className={iconButton}
          disabled={pending || last}
          onClick={() => move("down")}
          aria-label={t("awards.proposal.moveDown", { unit })}
        >
          <ArrowDown aria-hidden className="h-4 w-4" />
        </button>
        <ConfirmButton
          action={removeNomineeAction}
          input={{ nomineeId, version }}
          variant="secondary"
          label={t("awards.proposal.remove")}
          ariaLabel={t("awards.proposal.removeUnit", { unit })}
          title={t("awards.proposal.removeTitle")}
          message={t("awards.proposal.removeMessage", { unit, form })}
          confirmLabel={t("awards.proposal.remove")}
        />
      </div>
      <ActionAlert state={moving} />
    </div>
  );
}
