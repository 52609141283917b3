// ASCII names for downloaded files: "Giao ước thi đua" → "giao-uoc-thi-dua".

/** Strips Vietnamese diacritics (đ/Đ → d/D) and leaves plain ASCII; case is kept. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Lower-case ASCII words joined by hyphens; "" when nothing is left. */
export function asciiSlug(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A code for a file name: ASCII letters, digits and hyphens, upper-case ("HN-NC"). */
export function asciiCode(s: string): string {
  return stripDiacritics(s)
    .toUpperCase()
    .replace(/[^A-Z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "giao-uoc-thi-dua_NOICHINH_2026.docx" */
export function documentFileName(what: string, code: string, when: string, ext: "docx" | "pdf"): string {
  const parts = [asciiSlug(what) || "van-ban", asciiCode(code), when.replace(/[^0-9A-Za-z-]+/g, "-")].filter(Boolean);
  return `${parts.join("_")}.${ext}`;
}
