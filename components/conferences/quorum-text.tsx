import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { Quorum } from "@/lib/conferences/quorum";

/** "Có mặt 6/8 đơn vị — đủ 2/3", or how many more are needed. Server and client alike. */
export function QuorumText({ quorum }: { quorum: Quorum }) {
  const t = useTranslations("conferences");
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800" aria-live="polite">
      <span>{t(quorum.reached ? "quorum.reached" : "quorum.notReached", { present: quorum.present, members: quorum.members, needed: quorum.needed })}</span>
      <Badge tone={quorum.reached ? "green" : "amber"}>{t(quorum.reached ? "quorum.badgeReached" : "quorum.badgeNotReached")}</Badge>
    </p>
  );
}
