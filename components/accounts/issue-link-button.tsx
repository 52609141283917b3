"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { issueSetPasswordLinksAction } from "@/lib/users/accounts/actions";
import type { Handover } from "@/lib/users/accounts/handover-workbook";
import { Button } from "@/components/ui/button";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { HandoverSheet } from "@/components/accounts/handover-sheet";

/** One account's link, from its page: the same issuance as the list's, shown in place. */
export function IssueLinkButton({ userId, hours }: { userId: string; hours: number }) {
  const t = useTranslations("accounts");
  const [handover, setHandover] = useState<Handover | null>(null);
  const issuing = useAction(issueSetPasswordLinksAction, { refresh: false, onSuccess: setHandover });
  const issue = () => issuing.run({ userIds: [userId], withoutPassword: false });

  if (handover) return <HandoverSheet handover={handover} onDone={() => setHandover(null)} />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("issue.oneIntro", { hours })}</p>
      <ActionAlert state={issuing} />
      <Button disabled={issuing.pending} onClick={issue}>
        {t("issue.one")}
      </Button>
    </div>
  );
}
