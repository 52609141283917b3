import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anchorPaths, appendCheckpoint, CHECKPOINT_FILE, loadSigningKey, readCheckpointSources } from "@/lib/audit/anchor-files";
import { checkpointLine, keyIdOf, readCheckpointLine, signCheckpoint } from "@/lib/audit/checkpoint";

const { privateKey } = generateKeyPairSync("ed25519");
const publicKey = createPublicKey(privateKey);
const keys = new Map([[keyIdOf(publicKey), publicKey]]);
const head = { count: 42, id: "57", hash: "a".repeat(64) };
const at = new Date("2026-12-06T08:00:00Z");

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tdk-checkpoint-"));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("a signed checkpoint", () => {
  const line = checkpointLine(signCheckpoint(head, privateKey, at));

  it("reads back with its signature checked", () => {
    expect(readCheckpointLine(line, keys)).toEqual({
      problem: null,
      checkpoint: { v: 1, ...head, at: "2026-12-06T08:00:00.000Z", key: keyIdOf(publicKey), sig: expect.any(String) },
    });
  });

  it("reads the same when copied from a log with a prefix", () => {
    expect(readCheckpointLine(`Dec 06 08:00:01 host npm[1]: [audit-checkpoint] ${line}`, keys).problem).toBeNull();
  });

  it("fails its signature when any signed field is changed", () => {
    const fields: [string, unknown][] = [
      ["count", 41],
      ["id", "56"],
      ["hash", "b".repeat(64)],
      ["at", "2026-12-07T08:00:00.000Z"],
    ];
    for (const [field, value] of fields) {
      expect(readCheckpointLine(JSON.stringify({ ...JSON.parse(line), [field]: value }), keys).problem, field).toBe("badSignature");
    }
  });

  it("is not trusted under a key the verifier does not hold", () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    expect(readCheckpointLine(checkpointLine(signCheckpoint(head, other, at)), keys).problem).toBe("unknownKey");
  });

  it("names what is not a checkpoint", () => {
    for (const text of ["", "hello", "{", '{"v":2}', JSON.stringify({ ...JSON.parse(line), count: 0 }), JSON.stringify({ ...JSON.parse(line), hash: "xyz" })]) {
      expect(readCheckpointLine(text, keys), text).toEqual({ checkpoint: null, problem: "unreadable" });
    }
  });
});

describe("checkpoint files", () => {
  it("live in the data folder unless configured", () => {
    expect(anchorPaths({ DATA_DIR: "/srv/tdk" })).toEqual({ checkpointDir: "/srv/tdk/audit-checkpoints", keyFile: "/srv/tdk/audit-anchor.key" });
    expect(anchorPaths({ DATA_DIR: "/srv/tdk", AUDIT_CHECKPOINT_DIR: "/mnt/anchor", AUDIT_ANCHOR_KEY_FILE: "/etc/tdk/anchor.key" })).toEqual({
      checkpointDir: "/mnt/anchor",
      keyFile: "/etc/tdk/anchor.key",
    });
  });

  it("keep one signing key, created private on first use even by two processes at once", async () => {
    const file = path.join(await tempDir(), "keys", "anchor.key");
    const [a, b] = await Promise.all([loadSigningKey(file), loadSigningKey(file)]);
    expect(keyIdOf(createPublicKey(a))).toBe(keyIdOf(createPublicKey(b)));
    expect(keyIdOf(createPublicKey(await loadSigningKey(file)))).toBe(keyIdOf(createPublicKey(a)));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("append a line only when the head moved, with the public key beside them", async () => {
    const dir = await tempDir();
    const first = signCheckpoint(head, privateKey, at);
    expect(await appendCheckpoint(dir, first, publicKey)).toBe(true);
    expect(await appendCheckpoint(dir, signCheckpoint(head, privateKey, new Date()), publicKey)).toBe(false);
    expect(await appendCheckpoint(dir, signCheckpoint({ ...head, count: 43, id: "58", hash: "c".repeat(64) }, privateKey), publicKey)).toBe(true);
    const lines = (await readFile(path.join(dir, CHECKPOINT_FILE), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(checkpointLine(first));

    await writeFile(path.join(dir, "copied-from-syslog.jsonl"), `junk\n\n${lines[1]}\n`);
    const sources = await readCheckpointSources([dir, path.join(dir, CHECKPOINT_FILE), path.join(dir, "missing")]);
    expect([...sources.publicKeys.keys()]).toEqual([keyIdOf(publicKey)]);
    expect(sources.lines.map((l) => [path.basename(l.source), l.line])).toEqual([
      [CHECKPOINT_FILE, 1],
      [CHECKPOINT_FILE, 2],
      ["copied-from-syslog.jsonl", 1],
      ["copied-from-syslog.jsonl", 3],
    ]);
  });
});
