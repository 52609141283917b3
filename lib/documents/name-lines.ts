// Breaks an issuer's name into header lines between meaningful groups, never inside one:
// "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / TỈNH QUẢNG NINH", never "… KHEN / THƯỞNG …" (Phụ lục I).
import { textWidthPt } from "@/lib/documents/fonts";
import { HEADER_COLUMNS_MM, SIZE, mmToPt, upperVi } from "@/lib/documents/layout";

// Words that open a group: a break just before them reads naturally.
const OPENERS = new Set([
  "TỈNH",
  "THÀNH",
  "CÁC",
  "SỞ",
  "BAN",
  "PHÒNG",
  "TRUNG",
  "KHỐI",
  "CỤM",
  "VÀ",
  "CỦA",
  "THUỘC",
  "TRỰC",
  "HUYỆN",
  "QUẬN",
  "XÃ",
  "BỘ",
  "CỤC",
  "CHI",
  "VĂN",
  "ỦY",
  "HỘI",
  "NGÀNH",
  "MIỀN",
]);
// Words that cannot end a line: they introduce what follows ("TỈNH / QUẢNG NINH" splits a place).
const LEADS = new Set(["TỈNH", "THÀNH", "PHỐ", "CÁC", "VÀ", "CỦA", "THUỘC", "TRỰC", "HUYỆN", "QUẬN", "XÃ", "SỞ", "-"]);

// Two-syllable words of agency names that must not be split ("TRUNG TÂM", "ĐIỀU DƯỠNG").
const WORDS = new Set([
  "TRUNG TÂM",
  "HỘI ĐỒNG",
  "ỦY BAN",
  "NHÂN DÂN",
  "THI ĐUA",
  "KHEN THƯỞNG",
  "NỘI VỤ",
  "NỘI CHÍNH",
  "QUÂN SỰ",
  "CHỈ HUY",
  "ĐƠN VỊ",
  "CƠ QUAN",
  "ĐIỀU DƯỠNG",
  "CÓ CÔNG",
  "BẢO TRỢ",
  "XÃ HỘI",
  "VĂN HÓA",
  "DỊCH VỤ",
  "VIỆC LÀM",
  "CÔNG AN",
  "THANH TRA",
  "TƯ PHÁP",
  "TRUNG DU",
  "MIỀN NÚI",
  "PHÍA BẮC",
  "THÀNH PHỐ",
  "ĐẢNG ỦY",
  "TỈNH ỦY",
  "CHÍNH TRỊ",
  "CAI NGHIỆN",
  "MA TÚY",
  "CÔNG TÁC",
  "TRỰC THUỘC",
  "VĂN PHÒNG",
]);

/** The cost of breaking before word i (Infinity: never). */
function breakCost(words: string[], i: number): number {
  const before = words[i - 1];
  const word = words[i];
  // A hyphenated group ("THI ĐUA - KHEN THƯỞNG", "VĂN HÓA - XÃ HỘI") stays whole: two words either side.
  for (let k = i - 2; k <= i + 1; k++) if (words[k] === "-") return Infinity;
  if (WORDS.has(`${before} ${word}`)) return 200;
  if (LEADS.has(before)) return 50;
  if (before.endsWith(",")) return 0;
  return OPENERS.has(word) ? 0 : 20;
}

/** The issuer's lines in the header's left column (layout.ts): the governing body, then the issuer in bold. */
export function issuerLines(frame: { issuerParent?: string; issuerName: string }): { parent: string[]; name: string[] } {
  const width = mmToPt(HEADER_COLUMNS_MM.left) * 0.94;
  return {
    parent: breakName(upperVi(frame.issuerParent ?? ""), width, SIZE.issuer, false),
    name: breakName(upperVi(frame.issuerName), width, SIZE.issuer, true),
  };
}

/**
 * The fewest lines of at most `widthPt` each, then the cheapest breaks, then the most even lines.
 * A name that cannot fit without a forbidden break is broken at the cheapest word boundaries.
 */
export function breakName(name: string, widthPt: number, sizePt: number, bold: boolean): string[] {
  const words = name.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const style = bold ? "bold" : "regular";
  const width = (from: number, to: number) => textWidthPt(words.slice(from, to).join(" "), sizePt, style);
  if (width(0, words.length) <= widthPt) return [words.join(" ")];
  const n = words.length;
  // best[i]: the best breaking of words[i..] as [score, raggedness, next break]; a line costs 30,
  // so a neutral break (20) beats an extra line and splitting "TỈNH / QUẢNG NINH" (50) does not.
  const best: ([number, number, number] | null)[] = Array(n + 1).fill(null);
  best[n] = [0, 0, n];
  for (const strict of [true, false]) {
    for (let i = n - 1; i >= 0; i--) {
      best[i] = null;
      for (let j = i + 1; j <= n; j++) {
        const w = width(i, j);
        if (w > widthPt && j > i + 1) break;
        const rest = best[j];
        if (!rest) continue;
        const cost = j === n ? 0 : breakCost(words, j);
        if (cost === Infinity && strict) continue;
        const c: [number, number, number] = [rest[0] + 30 + (cost === Infinity ? 1000 : cost), rest[1] + (widthPt - Math.min(w, widthPt)) ** 2, j];
        const b = best[i];
        if (!b || c[0] < b[0] || (c[0] === b[0] && c[1] < b[1])) best[i] = c;
      }
    }
    if (best[0]) break;
  }
  const lines: string[] = [];
  for (let i = 0; i < n;) {
    const next = best[i]![2];
    lines.push(words.slice(i, next).join(" "));
    i = next;
  }
  return lines;
}
