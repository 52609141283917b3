import { verifyAuditChain, type ChainReport, type SqlClient } from "@/lib/audit/chain";
import { readCheckpointLine, type Checkpoint } from "@/lib/audit/checkpoint";
import type { CheckpointSources } from "@/lib/audit/anchor-files";

// What `npm run audit:verify` checks: the chain itself (lib/audit/chain.ts), then every
// checkpoint kept outside the database against it. The chain alone cannot see entries cut off
// its end, nor an edit whose author recomputed every later hash; a checkpoint can, because the
// entry at its position must still carry the hash it signed.

export type CheckpointProblem =
  | "unreadable" // not a checkpoint line
  | "unknownKey" // no public key with its key id beside it
  | "badSignature" // altered or forged
  | "short" // the log has fewer entries than it recorded: its tail was cut
  | "mismatch" // the entry at its position has another hash: rewritten
  | "unchecked"; // the chain breaks before its position

export type CheckpointFinding = {
  source: string;
  line: number;
  checkpoint: Checkpoint | null;
  problem: CheckpointProblem;
  /** What the log holds at the checkpoint's position, for "mismatch". */
  found?: { id: bigint; hash: string };
};

export type AuditVerification = {
  chain: ChainReport;
  /** Checkpoints read, and those that hold. */
  checkpoints: number;
  confirmed: number;
  findings: CheckpointFinding[];
  /** The newest checkpoint that holds (by position), to say how far the log is anchored. */
  newest: Checkpoint | null;
  ok: boolean;
};

export async function verifyAuditLog(client: SqlClient, sources: CheckpointSources, pageSize?: number): Promise<AuditVerification> {
  const findings: CheckpointFinding[] = [];
  const signed: { source: string; line: number; checkpoint: Checkpoint }[] = [];
  for (const { source, line, text } of sources.lines) {
    const read = readCheckpointLine(text, sources.publicKeys);
    if (read.problem) findings.push({ source, line, checkpoint: read.checkpoint, problem: read.problem });
    else signed.push({ source, line, checkpoint: read.checkpoint });
  }
  const chain = await verifyAuditChain(client, pageSize, new Set(signed.map((s) => s.checkpoint.count)));
  let newest: Checkpoint | null = null;
  for (const { source, line, checkpoint } of signed) {
    const found = chain.atPositions.get(checkpoint.count);
    if (!found) findings.push({ source, line, checkpoint, problem: chain.firstBroken ? "unchecked" : "short" });
    else if (found.hash !== checkpoint.hash) findings.push({ source, line, checkpoint, problem: "mismatch", found });
    else if (!newest || checkpoint.count >= newest.count) newest = checkpoint;
  }
  findings.sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line);
  const confirmed = sources.lines.length - findings.length;
  return { chain, checkpoints: sources.lines.length, confirmed, findings, newest, ok: !chain.firstBroken && findings.length === 0 };
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** One line for the person running the command, Vietnamese then English, naming the checkpoint. */
export function describeFinding(f: CheckpointFinding, entriesInChain: number): string {
  const c = f.checkpoint;
  const which = `Điểm mốc / Checkpoint ${f.source}:${f.line}${c ? ` (${c.at}, ${c.count} mục / entries, khoá / key ${c.key})` : ""}`;
  switch (f.problem) {
    case "unreadable":
      return `${which}: dòng này không phải điểm mốc / this line is not a checkpoint`;
    case "unknownKey":
      return `${which}: không có khoá công khai ${c!.key}.pub để kiểm tra chữ ký / no public key ${c!.key}.pub to check its signature`;
    case "badSignature":
      return `${which}: chữ ký không hợp lệ, điểm mốc đã bị sửa hoặc giả mạo / the signature does not match: the checkpoint was altered or forged`;
    case "short":
      return `${which}: nhật ký chỉ còn ${entriesInChain} mục, điểm mốc ghi ${c!.count} mục (mục cuối #${c!.id}): các mục cuối đã bị cắt bỏ / the log has only ${entriesInChain} entries, the checkpoint recorded ${c!.count} (last #${c!.id}): entries were cut off the end`;
    case "mismatch":
      return `${which}: mục thứ ${c!.count} (#${f.found!.id}) có mã băm ${short(f.found!.hash)}, điểm mốc ghi #${c!.id} ${short(c!.hash)}: nhật ký đã bị sửa và tính lại mã băm / entry ${c!.count} (#${f.found!.id}) has hash ${short(f.found!.hash)}, the checkpoint recorded #${c!.id} ${short(c!.hash)}: the log was rewritten and its hashes recomputed`;
    case "unchecked":
      return `${which}: chưa kiểm tra được vì chuỗi hỏng trước vị trí này / not checked: the chain breaks before this position`;
  }
}
