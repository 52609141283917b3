import type { ReviewMinutesDocData } from "@/lib/documents/data";
import { reviewMinutesActDate } from "@/lib/documents/act-date";
import { bold, cell, heading, italic, para, type Block, type OfficialDocument } from "@/lib/documents/model";
import { compareVi, formatNumber } from "@/lib/format/vi";
import { blocFrame, blocWord, unitWithRole, type DocSettings } from "./common";
import { meetingClosing, meetingOfficers, meetingOpening, type MeetingFacts } from "./meeting";
import { groupLegend, rankingTable, snapshotGroups, tieBreakText } from "./ranking-table";

type Data = ReviewMinutesDocData;

/** "8/8 (100%)": votes for, and their share of those present. */
const share = (votes: number | null, present: number | null) =>
  votes === null ? "……" : present ? `${votes}/${present} (${formatNumber((votes / present) * 100, 1)}%)` : String(votes);

/** The vote on each award form: the units proposed, the votes for, their share of those present. */
function awardVotes(d: Data): Block[] {
  const forms = new Map<string, { name: string; units: string[] }>();
  for (const n of d.nominees) {
    const f = forms.get(n.awardForm.id) ?? { name: n.awardForm.name, units: [] };
    f.units.push(n.unit.name);
    forms.set(n.awardForm.id, f);
  }
  const votes = new Map((d.meeting?.decisions ?? []).filter((x) => x.awardFormId).map((x) => [x.awardFormId!, x]));
  if (forms.size === 0) return [para([italic("Chưa có đơn vị được đề nghị khen thưởng.")], { indent: true })];
  const first = [...votes.values()][0];
  return [
    para(
      first
        ? `Biểu quyết đề nghị khen thưởng: có mặt ${first.presentCount ?? "……"}/${first.memberCount ?? d.blocYear.members.length} đơn vị thành viên; tỷ lệ tính trên số đơn vị có mặt.`
        : `Biểu quyết đề nghị khen thưởng: có mặt ……/${d.blocYear.members.length} đơn vị thành viên; tỷ lệ tính trên số đơn vị có mặt.`,
      { indent: true, keepWithNext: true },
    ),
    {
      type: "table",
      columns: [
        { header: "TT", width: 6, align: "center" },
        { header: "Hình thức khen thưởng", width: 28 },
        { header: "Đơn vị được đề nghị", width: 36 },
        { header: "Tán thành", width: 15, align: "center" },
        { header: "Không tán thành", width: 15, align: "center" },
      ],
      rows: [...forms].map(([id, f], i) => {
        const v = votes.get(id);
        return [
          cell(String(i + 1)),
          cell(f.name),
          f.units.map((u) => [{ text: `- ${u}` }]),
          cell(share(v?.votesFor ?? null, v?.presentCount ?? null)),
          cell(v ? String(v.votesAgainst ?? 0) : "……"),
        ];
      }),
    },
  ];
}

/** The conclusion: the units proposed for each form, and who leads next year when agreed. */
function conclusion(d: Data, khoi: string): Block[] {
  const { blocYear: year, meeting } = d;
  const cum = year.bloc.kind === "CUM";
  const byForm = new Map<string, string[]>();
  for (const n of d.nominees) byForm.set(n.awardForm.name, [...(byForm.get(n.awardForm.name) ?? []), n.unit.name]);
  const out: Block[] = [
    para(`${khoi} thống nhất kết quả chấm điểm, xếp hạng năm ${year.year} như trên.`, { indent: true }),
    ...[...byForm].map(([form, units]) => para(`- Đề nghị tặng ${form}: ${units.join(", ")}.`, { indent: true })),
  ];
  const names = new Map(year.members.map((u) => [u.id, u.name]));
  const next = [
    meeting?.nextLeaderUnitId && `${names.get(meeting.nextLeaderUnitId) ?? ""} làm ${cum ? "Cụm trưởng" : "Trưởng khối"}`,
    meeting?.nextDeputyUnitId && `${names.get(meeting.nextDeputyUnitId) ?? ""} làm ${cum ? "Cụm phó" : "Phó Trưởng khối"}`,
  ].filter(Boolean);
  if (next.length) out.push(para(`Thống nhất đề xuất ${next.join(", ")} năm ${year.year + 1}.`, { indent: true }));
  out.push(
    para(
      `${year.leader ? `${year.leader.name} (${cum ? "Cụm trưởng" : "Trưởng khối"})` : `Đơn vị ${cum ? "Cụm trưởng" : "Trưởng khối"}`} tổng hợp, hoàn thiện hồ sơ đề nghị khen thưởng năm ${year.year} theo quy định.`,
      { indent: true },
    ),
  );
  return out;
}

/** Biên bản họp bình xét thi đua (Mẫu 1.9): the meeting, the rules applied, the ranking, the votes per award form, the conclusion. */
export function reviewMinutesDocument(d: Data, settings: DocSettings): OfficialDocument {
  const { blocYear: year, meeting, snapshot } = d;
  const data = snapshot.data;
  const khoi = blocWord(year);
  const date = reviewMinutesActDate(snapshot, d.dateOverride);
  // Without a meeting on record the leader's head chairs, as the practice is; the rest is left blank.
  const facts: MeetingFacts = meeting ?? {
    date: null,
    endedAt: null,
    venue: null,
    chairName: year.leader?.headName ?? null,
    chairTitle: year.leader?.headTitle ?? null,
    secretaryName: null,
    secretaryTitle: null,
  };
  const names = new Map<string, string>([...year.members.map((u) => [u.id, u.name] as const), ...data.rows.map((r) => [r.unitId, r.unitName] as const)]);

  const blocks: Block[] = [...meetingOpening(facts, d.dateOverride, date.date), heading("I. THÀNH PHẦN THAM DỰ")];
  const present = (meeting?.attendance ?? []).filter((a) => a.status === "PRESENT").sort((a, b) => compareVi(a.unit.name, b.unit.name));
  if (meeting && present.length) {
    blocks.push(
      para(`Đại diện các đơn vị thành viên ${khoi}: có mặt ${present.length}/${year.members.length} đơn vị, gồm:`, { indent: true, keepWithNext: true }),
    );
    for (const a of present) {
      const who = a.representativeName?.trim();
      blocks.push(para(`- ${unitWithRole(year, a.unit)}${who ? `: ${who}` : ""};`, { indent: true }));
    }
  } else {
    blocks.push(para(`Đại diện các đơn vị thành viên ${khoi}: có mặt ……/${year.members.length} đơn vị (danh sách kèm theo).`, { indent: true }));
  }
  for (const g of meeting?.guests ?? [])
    blocks.push(
      para(
        `- Khách mời: ${[g.name, g.title, g.organisation]
          .map((s) => s?.trim())
          .filter(Boolean)
          .join(", ")};`,
        { indent: true },
      ),
    );
  blocks.push(...meetingOfficers(facts));

  const groups = snapshotGroups(data);
  blocks.push(
    heading("II. NỘI DUNG CUỘC HỌP"),
    para([bold("1. Nguyên tắc xếp hạng")], { indent: true, keepWithNext: true }),
    para(
      "Tổng điểm của mỗi đơn vị bằng điểm các tiêu chí cộng điểm thưởng, trừ điểm trừ; các đơn vị được xếp theo tổng điểm từ cao xuống thấp. Các tiêu chí điều kiện được đánh giá riêng (đạt/không đạt), không cộng vào tổng điểm.",
      { indent: true },
    ),
  );
  if (data.rules.length) {
    blocks.push(para("Các đơn vị bằng tổng điểm được xếp theo lần lượt các tiêu chí phụ sau:", { indent: true, keepWithNext: true }));
    data.rules.forEach((r, i) => blocks.push(para(`${String.fromCharCode(97 + i)}) ${tieBreakText(r, groups)};`, { indent: true })));
  } else {
    blocks.push(para("Không áp dụng tiêu chí phụ; các đơn vị bằng tổng điểm được xếp đồng hạng.", { indent: true }));
  }

  blocks.push(para([bold("2. Kết quả chấm điểm và xếp hạng")], { indent: true, keepWithNext: true }), rankingTable(data));
  const legend = groupLegend(data);
  if (legend) blocks.push(para([italic(`Ghi chú: ${legend}.`)], { indent: true, size: 12 }));
  if (data.unresolvedTies.length) {
    const ties = data.unresolvedTies.map((t) => t.map((id) => names.get(id) ?? id).join(", ")).join("; ");
    blocks.push(para([italic(`Các đơn vị còn đồng hạng: ${ties}.`)], { indent: true }));
  }

  let section = 3;
  if (data.ballots.length) {
    blocks.push(para([bold(`${section++}. Kết quả bỏ phiếu tách đồng hạng`)], { indent: true, keepWithNext: true }));
    for (const [i, b] of data.ballots.entries()) {
      const label = data.ballots.length > 1 ? `Lần ${i + 1}: ` : "";
      blocks.push(para(`${label}có mặt ${b.presentCount}/${b.memberCount} đơn vị thành viên.`, { indent: true, keepWithNext: true }), {
        type: "table",
        columns: [
          { header: "TT", width: 8, align: "center" },
          { header: "Đơn vị", width: 72 },
          { header: "Số phiếu", width: 20, align: "center" },
        ],
        rows: Object.entries(b.votes)
          .sort(([, x], [, y]) => y - x)
          .map(([unitId, votes], j) => [cell(String(j + 1)), cell(names.get(unitId) ?? unitId), cell(String(votes))]),
      });
    }
  }
  blocks.push(para([bold(`${section}. Biểu quyết đề nghị khen thưởng`)], { indent: true, keepWithNext: true }), ...awardVotes(d));

  blocks.push(heading("III. KẾT LUẬN"), ...conclusion(d, khoi));
  blocks.push(...meetingClosing(facts, "cuộc họp", [`- ${settings.boardName};`, `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT, hồ sơ khen thưởng."]));

  return {
    title: `Biên bản họp bình xét thi đua năm ${year.year} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      ...blocFrame("review-minutes", settings, year).frame,
      // Mẫu 1.9: no place-and-date line.
      placeDate: "",
      docType: "BIÊN BẢN",
      summary: [`Họp bình xét thi đua năm ${year.year}`, year.bloc.name],
    },
    blocks,
  };
}
