// What may be uploaded, and how a file name is made safe. Pure: names and bytes in, answers out.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = 10;

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy Office (.doc, .xls)
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // Office Open XML (.docx, .xlsx)

// An Office Open XML file is a zip whose entry names (stored uncompressed) show what it is.
const ooxml = (folder: string) => (b: Uint8Array) => startsWith(b, ZIP) && contains(b, "[Content_Types].xml") && contains(b, folder);

type FileType = { mime: string; image: boolean; matches: (bytes: Uint8Array) => boolean };

// Extension AND content must agree: an .exe renamed .pdf has no %PDF- header.
const FILE_TYPES: Record<string, FileType> = {
  jpg: { mime: "image/jpeg", image: true, matches: (b) => startsWith(b, JPEG) },
  jpeg: { mime: "image/jpeg", image: true, matches: (b) => startsWith(b, JPEG) },
  png: { mime: "image/png", image: true, matches: (b) => startsWith(b, PNG) },
  gif: { mime: "image/gif", image: true, matches: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")) },
  webp: { mime: "image/webp", image: true, matches: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8) },
  pdf: { mime: "application/pdf", image: false, matches: (b) => startsWith(b, ascii("%PDF-")) },
  doc: { mime: "application/msword", image: false, matches: (b) => startsWith(b, OLE) },
  xls: { mime: "application/vnd.ms-excel", image: false, matches: (b) => startsWith(b, OLE) },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", image: false, matches: ooxml("word/") },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", image: false, matches: ooxml("xl/") },
};

export const ALLOWED_EXTENSIONS = Object.keys(FILE_TYPES);

/** For the file input's accept attribute: ".jpg,.jpeg,…". */
export const ACCEPT_ATTRIBUTE = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(",");

export function extensionOf(fileName: string): string | null {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return m ? m[1].toLowerCase() : null;
}

export type DetectedType = { ext: string; mime: string; image: boolean };

/** The file's type when its extension is allowed and its first bytes match it; null otherwise. */
export function detectFileType(fileName: string, bytes: Uint8Array): DetectedType | null {
  const ext = extensionOf(fileName);
  const type = ext ? FILE_TYPES[ext] : undefined;
  if (!ext || !type || !type.matches(bytes)) return null;
  return { ext, mime: type.mime, image: type.image };
}

export function isImageMime(mime: string) {
  return Object.values(FILE_TYPES).some((t) => t.image && t.mime === mime);
}

const MAX_NAME = 200;
const FALLBACK_NAME = "tep-dinh-kem";

/**
 * The name kept as metadata: the last path segment only (browsers may send "C:\…\x.pdf",
 * an attacker "../../etc/passwd"), no control characters, at most 200 characters.
 * It never becomes part of a path on disk.
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
  name = name.replace(/^\.+/, "").trim();
  if (!name) return FALLBACK_NAME;
  if (name.length <= MAX_NAME) return name;
  const ext = extensionOf(name);
  const tail = ext ? `.${ext}` : "";
  return name.slice(0, MAX_NAME - tail.length) + tail;
}

/** "Biên bản hội nghị.pdf" → "Bien_ban_hoi_nghi.pdf": for the plain filename= of old clients. */
export function asciiFileName(name: string): string {
  const folded = name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const safe = folded
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[._]+/, "")
    .replace(/_+(\.[A-Za-z0-9]+)$/, "$1");
  return safe || "file";
}

// RFC 5987: encodeURIComponent leaves ' ( ) * which are not attr-chars.
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Always a download, never rendered inline as a page: filename for old clients, filename* for Vietnamese. */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

export function formatFileSize(bytes: number): { value: number; unit: "B" | "KB" | "MB" } {
  if (bytes < 1024) return { value: bytes, unit: "B" };
  if (bytes < 1024 * 1024) return { value: Math.round((bytes / 1024) * 10) / 10, unit: "KB" };
  return { value: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: "MB" };
}
