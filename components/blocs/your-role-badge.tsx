import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { YearRole } from "@/lib/blocs/policy";

/** "Đơn vị của bạn là Trưởng khối năm 2026": the caller's unit's part in one bloc year. */
export async function YourRoleBadge({ role, kind, year }: { role: NonNullable<YearRole>; kind: "KHOI" | "CUM"; year: number }) {
  const t = await getTranslations("blocs");
  const text =
    role === "member" ? t("year.yourRoleMember", { kind: t(`kindLower.${kind}`), year }) : t("year.yourRoleLeadership", { role: t(`${role}.${kind}`), year });
  return <Badge tone={role === "member" ? "slate" : "green"}>{text}</Badge>;
}
