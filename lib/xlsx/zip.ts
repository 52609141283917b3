// The entries of a zip archive, read from its central directory (zip format: the directory sits
// at the end of the file). Nothing is inflated until asked for, and then never past the size the
// directory declares, so an entry that lies about its size cannot grow beyond what was checked.
import { inflateRawSync } from "node:zlib";

export class UnreadableZipError extends Error {}

export type ZipEntry = { name: string; method: number; packed: number; size: number; read: () => Buffer };

function fail(why: string): never {
  throw new UnreadableZipError(why);
}

/** Every entry of the archive, in directory order. Throws UnreadableZipError for anything but a zip (zip64 included). */
export function zipEntries(buf: Buffer): ZipEntry[] {
  // The end record is 22 bytes plus a comment of at most 65 535.
  let end = buf.length - 22;
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  while (end >= stop && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < stop) fail("not a zip archive");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) fail("broken central directory");
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    if (packed === 0xffffffff || size === 0xffffffff) fail("zip64");
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    const read = () => {
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) fail("broken entry");
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + packed);
      if (method === 0) return data.length === size ? data : fail("stored size mismatch");
      if (method !== 8) fail("unsupported compression");
      // One byte more than declared: a longer stream is caught without inflating it all.
      const out = inflateRawSync(data, { maxOutputLength: size + 1 });
      return out.length === size ? out : fail("inflated size mismatch");
    };
    entries.push({ name, method, packed, size, read });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}
