"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { BlocKind } from "@/lib/generated/prisma/enums";
import { signOffAction } from "@/lib/ranking/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { controlClass } from "@/components/ui/control";

type Props = { blocYearId: string; kind: BlocKind; isHead: boolean; headName: string };

/** The leader unit's head signs in person; an officer of the unit records the head's name. */
export function SignOffForm({ blocYearId, kind, isHead, headName }: Props) {
  const t = useTranslations("ranking");
  const id = useId();
  const [signerName, setSignerName] = useState(headName);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">{t("signOff.hint")}</p>
      {isHead ? (
        <p className="font-medium">{t("signOff.byHead", { kind })}</p>
      ) : (
        <div className="max-w-md">
          <label htmlFor={id} className="block font-medium text-slate-800">
            {t("signOff.signerName")}
            <span aria-hidden="true" className="text-brand-700">
              {" "}
              *
            </span>
          </label>
          <input
            id={id}
            value={signerName}
            onChange={(e) => setSignerName(e.target.value)}
            maxLength={120}
            aria-required
            aria-describedby={`${id}-hint`}
            className={controlClass()}
          />
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
            {t("signOff.signerHint")}
          </p>
        </div>
      )}
      <ConfirmButton
        action={signOffAction}
        input={{ blocYearId, signerName: isHead ? "" : signerName }}
        label={t("signOff.button")}
        confirmLabel={t("signOff.button")}
        title={t("signOff.confirmTitle")}
        message={t("signOff.confirmMessage")}
        variant="primary"
      />
    </div>
  );
}
