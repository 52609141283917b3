import { formatDate, formatNumber } from "@/lib/format/vi";

// The first draft of the bloc's summary report, from the year's facts (summary-facts.ts). Pure:
// the leader edits the text afterwards; the document (lib/documents/content/bloc-report.ts) turns
// its lines into headings ("I. …", "1. …") and paragraphs.

export type SummaryFacts = {
  kind: "MID_YEAR" | "YEAR_END";
  year: number;
  blocName: string;
  cluster: boolean;
  leader: string | null;
  deputy: string | null;
  members: { name: string; report: { content: string; submittedAt: Date; late: boolean } | null }[];
  planItems: number;
  activities: { title: string; date: Date }[];
  conferences: { title: string; date: Date }[];
  pledge: { signed: boolean; signedAt: Date | null; signatures: number } | null;
  registrations: number;
  ranking: { rank: number; unitName: string; total: number }[];
};

/** "6 tháng đầu năm 2026" or "năm 2026": the period a report covers. */
export const periodText = (kind: SummaryFacts["kind"], year: number) => (kind === "MID_YEAR" ? `6 tháng đầu năm ${year}` : `năm ${year}`);

/** The first paragraph of a unit's report, cut at a sentence near 400 characters. */
function gist(content: string) {
  const first =
    content
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? "";
  if (first.length <= 400) return first;
  const cut = first.slice(0, 400);
  const stop = cut.lastIndexOf(". ");
  return `${stop > 100 ? cut.slice(0, stop + 1) : cut}…`;
}

export function summaryDraft(f: SummaryFacts): string {
  const khoi = f.cluster ? "Cụm" : "Khối";
  const n = f.members.length;
  const submitted = f.members.filter((m) => m.report);
  const lines: string[] = [
    `I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG ${periodText(f.kind, f.year).toLocaleUpperCase("vi-VN")}`,
    "1. Công tác tổ chức, chỉ đạo",
    `${f.blocName} có ${n} đơn vị thành viên; ${f.cluster ? "Cụm trưởng" : "Trưởng khối"}: ${f.leader ?? "chưa phân công"}; ${f.cluster ? "Cụm phó" : "Phó Trưởng khối"}: ${f.deputy ?? "chưa phân công"}. Kế hoạch hoạt động của ${khoi} năm ${f.year} có ${f.planItems} nội dung.`,
  ];
  const pledge = !f.pledge
    ? "Chưa ký kết giao ước thi đua."
    : f.pledge.signed
      ? `Các đơn vị đã ký kết giao ước thi đua${f.pledge.signedAt ? ` (hoàn thành ngày ${formatDate(f.pledge.signedAt)})` : ""}.`
      : `Giao ước thi đua: ${f.pledge.signatures}/${n} đơn vị đã ký.`;
  lines.push(`${f.registrations}/${n} đơn vị đã đăng ký danh hiệu thi đua và chỉ tiêu công tác. ${pledge}`);
  lines.push("2. Hội nghị và hoạt động của " + khoi);
  if (f.conferences.length === 0 && f.activities.length === 0) lines.push("Chưa có hội nghị, hoạt động được ghi nhận trong kỳ.");
  for (const c of f.conferences) lines.push(`- ${c.title} (${formatDate(c.date)}).`);
  for (const a of f.activities) lines.push(`- ${a.title} (${formatDate(a.date)}).`);
  lines.push("3. Kết quả thực hiện của các đơn vị thành viên");
  lines.push(`${submitted.length}/${n} đơn vị đã gửi báo cáo${submitted.some((m) => m.report!.late) ? ", trong đó có đơn vị gửi chậm hạn" : ""}.`);
  for (const m of submitted) {
    const r = m.report!;
    lines.push(`- ${m.name}${r.late ? ` (gửi chậm, ngày ${formatDate(r.submittedAt)})` : ""}: ${gist(r.content)}`);
  }
  const missing = f.members.filter((m) => !m.report).map((m) => m.name);
  if (missing.length) lines.push(`Chưa gửi báo cáo: ${missing.join("; ")}.`);
  if (f.ranking.length) {
    lines.push("4. Kết quả chấm điểm, xếp hạng thi đua");
    for (const r of f.ranking) lines.push(`- Hạng ${r.rank}: ${r.unitName}, ${formatNumber(r.total, 2)} điểm.`);
  }
  lines.push(
    `II. PHƯƠNG HƯỚNG, NHIỆM VỤ ${f.kind === "MID_YEAR" ? `6 THÁNG CUỐI NĂM ${f.year}` : `NĂM ${f.year + 1}`}`,
    `Tiếp tục thực hiện các nội dung giao ước thi đua và Kế hoạch hoạt động của ${khoi}; các đơn vị thành viên gửi báo cáo đúng thời hạn.`,
  );
  return lines.join("\n");
}
