// The parts of a biên bản (Nghị định 30, Phụ lục III, Mẫu 1.9) shared by the conference minutes
// and the review minutes: the opening lines (time, venue, chair, secretary), the closing line with
// the time it ended, and the signatures (THƯ KÝ left, CHỦ TỌA right) over "Nơi nhận". A biên bản
// has no place-and-date line: its date is the meeting's, in its first line.
import { clockVi, longDateVi } from "@/lib/documents/layout";
import { labelled, para, recipientsColumn, type Block, type Paragraph } from "@/lib/documents/model";
import { signatureBlock } from "@/lib/documents/signature";

const BLANK = "…………………………………………";

/** "Lê Thị Thanh Hương, Giám đốc Sở Nội vụ": the person by name first, then the title. */
export const personWithTitle = (name: string | null | undefined, title: string | null | undefined) =>
  [name?.trim(), title?.trim()].filter(Boolean).join(", ") || BLANK;

export type MeetingFacts = {
  date: Date | null;
  endedAt: Date | null;
  venue: string | null;
  chairName: string | null;
  chairTitle: string | null;
  secretaryName: string | null;
  secretaryTitle: string | null;
};

/**
 * "Thời gian bắt đầu", "Địa điểm": what opens a biên bản. Its day is the meeting's, or the date set
 * by hand before issue (`override`, which corrects it); without a meeting on record, `fallback`.
 */
export function meetingOpening(m: MeetingFacts | null, override: Date | null, fallback: Date | null): Paragraph[] {
  const day = override ?? m?.date ?? fallback;
  const start = m?.date ? `Vào hồi ${clockVi(m.date)}, ${longDateVi(day)}.` : `Vào hồi …… giờ ……, ${longDateVi(day)}.`;
  return [labelled("Thời gian bắt đầu", start), labelled("Địa điểm", m?.venue?.trim() || BLANK)];
}

/** "Chủ trì (chủ tọa)", "Thư ký (người ghi biên bản)": by name and title. */
export function meetingOfficers(m: MeetingFacts | null): Paragraph[] {
  return [
    labelled("Chủ trì (chủ tọa)", personWithTitle(m?.chairName, m?.chairTitle)),
    labelled("Thư ký (người ghi biên bản)", personWithTitle(m?.secretaryName, m?.secretaryTitle)),
  ];
}

/** The closing lines and the two signatures, "Nơi nhận" under the secretary's. */
export function meetingClosing(m: MeetingFacts | null, who: string, recipients: string[]): Block[] {
  const sameDay = m?.date && m.endedAt && longDateVi(m.date) === longDateVi(m.endedAt);
  const end = m?.endedAt ? `${clockVi(m.endedAt)}${sameDay ? " cùng ngày" : `, ${longDateVi(m.endedAt)}`}` : "…… giờ …… cùng ngày";
  return [
    para(`Cuộc họp kết thúc vào hồi ${end}. Biên bản đã được đọc lại trước ${who} và được nhất trí thông qua./.`, {
      indent: true,
      spaceBefore: 6,
      keepWithNext: true,
    }),
    {
      type: "columns",
      spaceBefore: 12,
      columns: [signatureBlock(50, { title: "THƯ KÝ", name: m?.secretaryName }), signatureBlock(50, { title: "CHỦ TỌA", name: m?.chairName })],
    },
    { type: "columns", spaceBefore: 12, columns: [recipientsColumn(50, recipients), { width: 50, lines: [] }] },
  ];
}
