import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";

// Tinos: metric-compatible with Times New Roman, full Vietnamese coverage (precomposed
// letters such as Ộ ữ ặ đ ơ ư). Shipped as TTF files by @expo-google-fonts/tinos.
export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

const FILES: Record<FontStyle, string> = {
  regular: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italic: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");

const bytesCache = new Map<FontStyle, Uint8Array>();
const metricsCache = new Map<FontStyle, fontkit.Font>();

export const styleOf = (run: { bold?: boolean; italic?: boolean }): FontStyle =>
  run.bold ? (run.italic ? "boldItalic" : "bold") : run.italic ? "italic" : "regular";

/** The TTF bytes of one style (read once per process). */
export function fontBytes(style: FontStyle): Uint8Array {
  let bytes = bytesCache.get(style);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path.join(FONT_DIR, FILES[style])));
    bytesCache.set(style, bytes);
  }
  return bytes;
}

/** Width of a text in points, with Times New Roman metrics (Tinos). */
export function textWidthPt(text: string, sizePt: number, style: FontStyle = "regular"): number {
  let font = metricsCache.get(style);
  if (!font) {
    font = fontkit.create(Buffer.from(fontBytes(style)));
    metricsCache.set(style, font);
  }
  return (font.layout(text.normalize("NFC")).advanceWidth / font.unitsPerEm) * sizePt;
}

// @pdf-lib/fontkit 1.1.1 writes a TrueType subset's `loca` in the short format (offsets halved)
// without padding glyph records to an even length: after the first odd-length glyph every later
// glyph is read from the wrong place and renders blank or garbled, while the text still extracts
// (pdf-lib#1232; fixed upstream in fontkit 1.8). Giving the subset's loca a version up front makes
// fontkit keep the exact offsets and write the long format (head.indexToLocFormat = 1).
function forceLongLoca(subset: object) {
  let loca: unknown;
  Object.defineProperty(subset, "loca", {
    configurable: true,
    get: () => loca,
    set: (value: unknown) => {
      if (value && typeof value === "object" && (value as { version?: number }).version == null) (value as { version: number }).version = 1;
      loca = value;
    },
  });
}

/** fontkit for pdf-lib's registerFontkit, with subsets that render every glyph. */
export const subsetSafeFontkit: typeof fontkit = {
  ...fontkit,
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      forceLongLoca(subset);
      return subset;
    };
    return font;
  },
};
