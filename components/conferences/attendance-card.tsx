import { getTranslations } from "next-intl/server";
import type { quorumOf } from "@/lib/conferences/quorum";
import { Card } from "@/components/ui/card";
import { AttendanceForm } from "@/components/conferences/attendance-form";
import { AttendanceTable } from "@/components/conferences/attendance-table";
import type { Conference } from "@/components/conferences/conference-view";
import { QuorumText } from "@/components/conferences/quorum-text";

type Props = {
  conference: Conference;
  members: { id: string; name: string }[];
  quorum: ReturnType<typeof quorumOf>;
  manage: boolean;
  /** Which regulation the quorum rule is cited from (components/regulations/regulation-in-force.tsx). */
  source?: React.ReactNode;
};

/** Each member unit's attendance: a form for whoever manages the conference, the table and quorum for everyone else. */
export async function AttendanceCard({ conference, members, quorum, manage, source }: Props) {
  const t = await getTranslations("conferences");
  const rows = members.map((u) => {
    const a = conference.attendance.find((x) => x.unitId === u.id);
    return {
      unitId: u.id,
      unitName: u.name,
      status: a?.status ?? ("" as const),
      absenceReason: a?.absenceReason ?? "",
      representativeName: a?.representativeName ?? "",
    };
  });
  return (
    <Card title={t("attendance.title")}>
      {members.length === 0 ? (
        <p className="text-sm text-slate-600">{t("attendance.noMembers")}</p>
      ) : manage ? (
        <AttendanceForm conferenceId={conference.id} initial={rows} />
      ) : (
        <div className="space-y-3">
          <QuorumText quorum={quorum} />
          <AttendanceTable rows={rows} />
        </div>
      )}
      {source && <div className="mt-3">{source}</div>}
    </Card>
  );
}
