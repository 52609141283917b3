"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/fields";
import { SelectAll } from "@/components/ui/select-all";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { saveAttendanceAction } from "@/lib/conferences/actions";
import { quorumOf } from "@/lib/conferences/quorum";
import { QuorumText } from "@/components/conferences/quorum-text";

type Status = "PRESENT" | "ABSENT" | "";
type Row = { unitId: string; unitName: string; status: Status; absenceReason: string; representativeName: string };

const input = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-100 disabled:text-slate-500";

/**
 * Attendance of every member unit, edited as one table and saved at once. The quorum
 * line follows the choices as they are made; the server counts again when a vote is recorded.
 */
export function AttendanceForm({ conferenceId, initial }: { conferenceId: string; initial: Row[] }) {
  const t = useTranslations("conferences");
  const [rows, setRows] = useState(initial);
  const quorum = quorumOf(
    rows.filter((r) => r.status !== "").map((r) => ({ unitId: r.unitId, status: r.status as "PRESENT" | "ABSENT" })),
    rows.map((r) => r.unitId),
  );

  function update(index: number, patch: Partial<Row>) {
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  }

  // Ticked: every unit present. Cleared: the present ones go back to "not recorded"; an absence stays
  // as it was recorded, reason and all, unless this box marks it present.
  function allPresent(on: boolean) {
    setRows((current) => current.map((r) => (on ? { ...r, status: "PRESENT" } : r.status === "PRESENT" ? { ...r, status: "" } : r)));
  }

  const payload = rows.map(({ unitId, status, absenceReason, representativeName }) => ({ unitId, status, absenceReason, representativeName }));
  return (
    <ActionForm action={saveAttendanceAction} extra={{ conferenceId, rows: payload }} successMessage={t("attendance.saved")}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <QuorumText quorum={quorum} />
        <SelectAll total={rows.length} selected={rows.filter((r) => r.status === "PRESENT").length} onChange={allPresent} label={t("attendance.allPresent")} />
      </div>
      <Table caption={t("attendance.caption")}>
        <THead>
          <Th>{t("attendance.unit")}</Th>
          <Th>{t("attendance.status")}</Th>
          <Th>{t("attendance.representative")}</Th>
          <Th>{t("attendance.absenceReason")}</Th>
        </THead>
        <TBody>
          {rows.map((r, i) => (
            <Tr key={r.unitId}>
              <RowHeader>{r.unitName}</RowHeader>
              <Td>
                <select
                  aria-label={t("attendance.statusOf", { unit: r.unitName })}
                  value={r.status}
                  onChange={(e) => update(i, { status: e.target.value as Status })}
                  className={input}
                >
                  <option value="">{t("attendance.notRecorded")}</option>
                  <option value="PRESENT">{t("attendance.PRESENT")}</option>
                  <option value="ABSENT">{t("attendance.ABSENT")}</option>
                </select>
              </Td>
              <Td>
                <input
                  aria-label={t("attendance.representativeOf", { unit: r.unitName })}
                  value={r.representativeName}
                  maxLength={200}
                  disabled={r.status !== "PRESENT"}
                  onChange={(e) => update(i, { representativeName: e.target.value })}
                  placeholder={t("attendance.representativePlaceholder")}
                  className={input}
                />
              </Td>
              <Td>
                <input
                  aria-label={t("attendance.absenceReasonOf", { unit: r.unitName })}
                  value={r.absenceReason}
                  maxLength={500}
                  disabled={r.status !== "ABSENT"}
                  onChange={(e) => update(i, { absenceReason: e.target.value })}
                  className={input}
                />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <SubmitButton>{t("attendance.save")}</SubmitButton>
    </ActionForm>
  );
}
