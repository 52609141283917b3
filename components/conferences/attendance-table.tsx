import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type Row = { unitId: string; unitName: string; status: "PRESENT" | "ABSENT" | ""; absenceReason: string; representativeName: string };

/** Attendance for readers: the same rows as the form, without controls. */
export async function AttendanceTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("conferences");
  return (
    <Table caption={t("attendance.caption")}>
      <THead>
        <Th>{t("attendance.unit")}</Th>
        <Th>{t("attendance.status")}</Th>
        <Th>{t("attendance.details")}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.unitId}>
            <RowHeader>{r.unitName}</RowHeader>
            <Td>
              {r.status === "PRESENT" && <Badge tone="green">{t("attendance.PRESENT")}</Badge>}
              {r.status === "ABSENT" && <Badge tone="red">{t("attendance.ABSENT")}</Badge>}
              {r.status === "" && <Badge>{t("attendance.notRecorded")}</Badge>}
            </Td>
            <Td className="text-slate-700">
              {r.status === "PRESENT" && r.representativeName && t("attendance.representedBy", { name: r.representativeName })}
              {r.status === "ABSENT" && r.absenceReason && t("attendance.reason", { reason: r.absenceReason })}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
