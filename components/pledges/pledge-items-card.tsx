import { getTranslations } from "next-intl/server";
import { copyPledgeItemsAction, openPledgeAction, reopenPledgeAction } from "@/lib/pledges/actions";
import type { PledgeCan } from "@/lib/pledges/policy";
import type { PledgeOfYear } from "@/components/pledges/pledge-view";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ReopenForm } from "@/components/ui/reopen-form";
import { PledgeItemsEditor } from "@/components/pledges/pledge-items-editor";
import { PledgeItemsList } from "@/components/pledges/pledge-items-list";

type Props = { pledge: PledgeOfYear; keptCount: number; previousYear: number | null; can: PledgeCan };

/** The pledge's items: edited while a draft by whoever manages it, then frozen until the board reopens it. */
export async function PledgeItemsCard({ pledge, keptCount, previousYear, can }: Props) {
  const t = await getTranslations("pledges");
  const draft = pledge.status === "DRAFT";
  const versioned = { pledgeId: pledge.id, version: pledge.version };
  return (
    <Card title={t("items.title")} actions={<span className="self-center text-sm text-slate-600">{t("items.count", { count: pledge.items.length })}</span>}>
      <div className="space-y-4">
        {draft && can.manage ? <PledgeItemsEditor {...versioned} items={pledge.items} /> : <PledgeItemsList items={pledge.items} />}
        {!draft && <p className="text-sm text-slate-600">{t("items.frozen")}</p>}
        {draft && can.manage && (
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4">
            {pledge.items.length > 0 ? (
              <ConfirmButton
                action={openPledgeAction}
                input={versioned}
                variant="primary"
                label={t("open.button")}
                title={t("open.title")}
                message={keptCount > 0 ? t("open.messageKept", { count: keptCount }) : t("open.message")}
                confirmLabel={t("open.confirm")}
              />
            ) : (
              <p className="text-sm text-slate-600">{t("open.needsItems")}</p>
            )}
            {previousYear !== null && (
              <ConfirmButton
                action={copyPledgeItemsAction}
                input={versioned}
                variant="secondary"
                label={t("items.copy", { year: previousYear })}
                title={t("items.copyTitle", { year: previousYear })}
                message={t("items.copyMessage", { year: previousYear })}
              />
            )}
          </div>
        )}
        {!draft && can.reopen && (
          <div className="border-t border-slate-200 pt-4">
            <ReopenForm action={reopenPledgeAction} extra={versioned} namespace="pledges" />
          </div>
        )}
      </div>
    </Card>
  );
}
