import type { PDFFont } from "pdf-lib";
import type { Align, Run } from "@/lib/documents/model";
import { styleOf, type FontStyle } from "@/lib/documents/fonts";

// Greedy line breaking for runs of mixed styles, measured with the embedded font.

export type PdfFonts = Record<FontStyle, PDFFont>;

interface Fragment {
  text: string;
  font: PDFFont;
  width: number;
}
interface Word {
  frags: Fragment[];
  width: number;
}
export interface LaidLine {
  words: Word[];
  width: number;
  /** Ends a paragraph or a forced break: never stretched when justifying. */
  last: boolean;
  indent: number;
}

/** Splits runs into words (style changes inside a word keep the word whole) and forced breaks. */
function wordsOf(runs: Run[], fonts: PdfFonts, size: number): (Word | "\n")[] {
  const out: (Word | "\n")[] = [];
  let current: Word | null = null;
  const end = () => {
    if (current && current.frags.length) out.push(current);
    current = null;
  };
  for (const run of runs) {
    const font = fonts[styleOf(run)];
    for (const piece of run.text.normalize("NFC").split(/(\n|[ \t]+)/)) {
      if (piece === "") continue;
      if (piece === "\n") {
        end();
        out.push("\n");
      } else if (/^[ \t]+$/.test(piece)) end();
      else {
        current ??= { frags: [], width: 0 };
        const width = font.widthOfTextAtSize(piece, size);
        current.frags.push({ text: piece, font, width });
        current.width += width;
      }
    }
  }
  end();
  return out;
}

/** Breaks a word wider than the line into pieces that fit. */
function splitLongWord(word: Word, max: number, size: number): Word[] {
  const pieces: Word[] = [];
  let cur: Word = { frags: [], width: 0 };
  for (const frag of word.frags) {
    for (const ch of Array.from(frag.text)) {
      const w = frag.font.widthOfTextAtSize(ch, size);
      if (cur.width + w > max && cur.width > 0) {
        pieces.push(cur);
        cur = { frags: [], width: 0 };
      }
      const last = cur.frags.at(-1);
      if (last && last.font === frag.font) {
        last.text += ch;
        last.width += w;
      } else cur.frags.push({ text: ch, font: frag.font, width: w });
      cur.width += w;
    }
  }
  if (cur.frags.length) pieces.push(cur);
  return pieces;
}

export function layoutRuns(runs: Run[], fonts: PdfFonts, size: number, maxWidth: number, firstIndent = 0): LaidLine[] {
  const space = fonts.regular.widthOfTextAtSize(" ", size);
  const lines: LaidLine[] = [];
  let line: LaidLine = { words: [], width: 0, last: false, indent: firstIndent };
  const push = (last: boolean) => {
    line.last = last;
    lines.push(line);
    line = { words: [], width: 0, last: false, indent: 0 };
  };
  for (const item of wordsOf(runs, fonts, size)) {
    if (item === "\n") {
      push(true);
      continue;
    }
    const avail = maxWidth - line.indent;
    const pieces = item.width > avail ? splitLongWord(item, avail, size) : [item];
    for (const word of pieces) {
      const extra = line.words.length ? space + word.width : word.width;
      if (line.words.length && line.width + extra > maxWidth - line.indent) push(false);
      line.width += line.words.length ? space + word.width : word.width;
      line.words.push(word);
    }
  }
  push(true);
  return lines;
}

/**
 * Draws one laid-out line. Words are drawn one by one (so justified lines can stretch the gaps),
 * each followed by a real space character so extracted text keeps its spaces.
 */
export function drawLine(draw: (text: string, x: number, font: PDFFont) => void, line: LaidLine, x0: number, maxWidth: number, align: Align, space: number) {
  const avail = maxWidth - line.indent;
  let x = x0 + line.indent;
  let gap = space;
  if (align === "center") x += (avail - line.width) / 2;
  else if (align === "right") x += avail - line.width;
  else if (align === "justify" && !line.last && line.words.length > 1) gap = space + (avail - line.width) / (line.words.length - 1);
  line.words.forEach((word, wi) => {
    const lastWord = wi === line.words.length - 1;
    word.frags.forEach((frag, fi) => {
      const trailing = !lastWord && fi === word.frags.length - 1 ? " " : "";
      draw(frag.text + trailing, x, frag.font);
      x += frag.width;
    });
    x += gap;
  });
}
