import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

// A minimal ustar writer and reader: plain files only, names under 100 bytes. Enough for the
// backup archive (which `tar -xzf` also opens) without a dependency; the reader accepts only
// the names the caller allows, so an archive cannot write outside the folder it extracts to.
const BLOCK = 512;
const END = Buffer.alloc(BLOCK * 2);

function header(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK);
  if (Buffer.byteLength(name) > 99) throw new Error(`tar: name too long: ${name}`);
  h.write(name, 0, "utf8");
  h.write("0000644\0", 100, "ascii");
  h.write("0000000\0", 108, "ascii");
  h.write("0000000\0", 116, "ascii");
  h.write(`${size.toString(8).padStart(11, "0")}\0`, 124, "ascii");
  h.write(
    `${Math.floor(mtime.getTime() / 1000)
      .toString(8)
      .padStart(11, "0")}\0`,
    136,
    "ascii",
  );
  h.write("        ", 148, "ascii");
  h.write("0", 156, "ascii");
  h.write("ustar\0" + "00", 257, "ascii");
  h.write(`${checksum(h).toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return h;
}

function checksum(h: Buffer) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum;
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/** Writes a .tar.gz member by member; `close()` ends the archive and waits for the file. */
export function tarGzWriter(file: string) {
  const gzip = createGzip();
  const out = createWriteStream(file, { flags: "wx" });
  gzip.pipe(out);
  const finished = once(out, "close");
  const failed = new Promise<never>((_, reject) => {
    gzip.on("error", reject);
    out.on("error", reject);
  });
  failed.catch(() => {});
  const write = async (chunk: Buffer) => {
    if (!gzip.write(chunk)) await Promise.race([once(gzip, "drain"), failed]);
  };
  return {
    /** Adds a file from disk; `size` must be its size (checked). */
    async addFile(name: string, source: string, size: number) {
      await write(header(name, size, new Date()));
      let written = 0;
      for await (const chunk of createReadStream(source)) {
        written += (chunk as Buffer).length;
        await write(chunk as Buffer);
      }
      if (written !== size) throw new Error(`tar: ${source} changed size while being archived`);
      await write(Buffer.alloc(padding(size)));
    },
    async addBuffer(name: string, bytes: Buffer) {
      await write(header(name, bytes.length, new Date()));
      await write(bytes);
      await write(Buffer.alloc(padding(bytes.length)));
    },
    async close() {
      await write(END);
      gzip.end();
      await Promise.race([finished, failed]);
    },
  };
}

/**
 * Extracts a .tar.gz into `dir` (its subfolders must exist; nothing is overwritten). Every member name must pass `allowed`;
 * anything else (links, folders, unknown names, bad header checksums) throws.
 * Returns the names extracted, in archive order.
 */
export async function extractTarGz(file: string, dir: string, allowed: (name: string) => boolean): Promise<string[]> {
  const names: string[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let current = null as { handle: FileHandle; left: number; pad: number } | null;
  let skipping = 0;
  let ended = false;
  try {
    await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        for (;;) {
          if (ended) break;
          if (current) {
            const take = Math.min(current.left, pending.length);
            if (take > 0) await current.handle.write(pending.subarray(0, take));
            pending = pending.subarray(take);
            current.left -= take;
            if (current.left > 0) break;
            skipping = current.pad;
            await current.handle.close();
            current = null;
          }
          if (skipping) {
            const skip = Math.min(skipping, pending.length);
            pending = pending.subarray(skip);
            skipping -= skip;
            if (skipping) break;
          }
          if (pending.length < BLOCK) break;
          const h = pending.subarray(0, BLOCK);
          pending = pending.subarray(BLOCK);
          if (h.every((b) => b === 0)) {
            ended = true;
            break;
          }
          if (Number.parseInt(h.toString("ascii", 148, 156).replace(/\0.*$/, "").trim(), 8) !== checksum(h)) throw new Error("tar: bad header checksum");
          const type = h.toString("ascii", 156, 157);
          const name = h.toString("utf8", 0, 100).replace(/\0.*$/s, "");
          if ((type !== "0" && type !== "\0") || !allowed(name) || names.includes(name)) throw new Error(`tar: unexpected member ${JSON.stringify(name)}`);
          const size = Number.parseInt(h.toString("ascii", 124, 136).replace(/\0.*$/, "").trim(), 8);
          if (!Number.isSafeInteger(size) || size < 0) throw new Error("tar: bad member size");
          const target = path.join(dir, name);
          current = { handle: await open(target, "wx"), left: size, pad: padding(size) };
          names.push(name);
        }
      }
    });
  } finally {
    await current?.handle.close();
  }
  if (!ended || current) throw new Error("tar: archive is truncated");
  return names;
}
