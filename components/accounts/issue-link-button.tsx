"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { issueSetPasswordLinksAction } from "@/lib/users/accounts/actions";
import type { Handover } from "@/lib/users/accounts/handover-workbook";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HandoverSheet } from "@/components/accounts/handover-sheet";

/** One account's link, from its page: the same issuance as the list's, shown in place. */
export function IssueLinkButton({ userId, hours }: { userId: string; hours: number }) {
  const t = useTranslations("accounts");
  const te = useTranslations();
  const [handover, setHandover] = useState<Handover | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function issue() {
    setError(null);
    startTransition(async () => {
      const res = await issueSetPasswordLinksAction({ userIds: [userId], withoutPassword: false });
      if (res.ok) setHandover(res.data);
      else setError(te(res.error, res.params));
    });
  }

  if (handover) return <HandoverSheet handover={handover} onDone={() => setHandover(null)} />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("issue.oneIntro", { hours })}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <Button disabled={pending} onClick={issue}>
        {t("issue.one")}
      </Button>
    </div>
  );
}
