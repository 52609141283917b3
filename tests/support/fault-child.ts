// One piece of real work run in a process of its own, so that tests/integration/faults.test.ts
// can SIGKILL it in the middle of its transaction. Runs the services exactly as the app does:
// tsx resolves the `@/` paths, and neither service imports `server-only` (as in scripts/).
//
//   node --import tsx tests/support/fault-child.ts import <setId> <version> <variant>
//   node --import tsx tests/support/fault-child.ts signoff <blocYearId>
//
// Prints one JSON line with the service's result when the work has committed; a failure exits 1.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { CriteriaRow } from "@/lib/criteria/excel-rows";

/** Who does each work: a board officer imports, the cluster leader's head signs off (demo data). */
export const IMPORT_USER = "user-bantdkt";
export const SIGN_OFF_USER = "user-cumtruong";

const GROUPS = [
  "Công tác lãnh đạo, chỉ đạo và tổ chức phong trào thi đua",
  "Thực hiện nhiệm vụ chuyên môn được giao",
  "Cải cách hành chính, chuyển đổi số",
  "Xây dựng tổ chức Đảng, đoàn thể trong sạch, vững mạnh",
  "Công tác thi đua, khen thưởng",
  "Thực hiện chế độ thông tin, báo cáo",
];

/**
 * Sheet rows of a criteria set as board staff fill them in: six groups of two criteria, each with
 * `leavesPer` sub-criteria (points 1–5), then bonus, deduction and gate rows at the top level.
 * "seed" is the small tree a set starts with; "A" (60 + 7 leaves) and "B" (72 + 7) are imports.
 */
export function criteriaRows(variant: "seed" | "A" | "B"): CriteriaRow[] {
  const rows: CriteriaRow[] = [];
  const add = (cells: Omit<CriteriaRow, "row">) => rows.push({ row: rows.length + 2, ...cells });
  if (variant === "seed") {
    add({ code: "I", title: "Nhóm tiêu chí ban đầu", level: 1 });
    for (let i = 1; i <= 3; i++) add({ code: `I.${i}`, title: `Tiêu chí ban đầu ${i}`, parentCode: "I", kind: "Tiêu chuẩn", maxPoints: 10 * i });
    return rows;
  }
  const leavesPer = variant === "A" ? 5 : 6;
  const edition = variant === "A" ? "" : " (sửa đổi)";
  GROUPS.forEach((title, g) => {
    const group = ["I", "II", "III", "IV", "V", "VI"][g];
    add({ code: group, title: title + edition });
    for (let c = 1; c <= 2; c++) {
      const criterion = `${group}.${c}`;
      add({ code: criterion, title: `Tiêu chí ${criterion} của nhóm ${title.toLowerCase()}`, parentCode: group });
      for (let s = 1; s <= leavesPer; s++) {
        add({
          code: `${criterion}.${s}`,
          title: `Nội dung ${criterion}.${s}${edition}`,
          parentCode: criterion,
          kind: "Tiêu chuẩn",
          maxPoints: ((g + c + s) % 5) + 1,
          evidenceRequired: s % 2 === 0 ? "Có" : "Không",
          guidance: `Chấm theo báo cáo năm; tối đa ${((g + c + s) % 5) + 1} điểm.`,
        });
      }
    }
  });
  add({ code: "B1", title: "Sáng kiến được công nhận cấp tỉnh", kind: "Điểm thưởng", maxPoints: 3 });
  add({ code: "B2", title: "Được Bộ, ngành Trung ương khen thưởng", kind: "Điểm thưởng", maxPoints: 2 });
  add({ code: "B3", title: "Tổ chức hội nghị chuyên đề của Khối", kind: "Điểm thưởng", maxPoints: "1,5" });
  add({ code: "D1", title: "Chậm gửi báo cáo", kind: "Điểm trừ", maxPoints: 2 });
  add({ code: "D2", title: "Có cán bộ bị kỷ luật", kind: "Điểm trừ", maxPoints: 5 });
  add({ code: "D3", title: "Để xảy ra khiếu nại vượt cấp", kind: "Điểm trừ", maxPoints: 3 });
  add({ code: "G1", title: "Không có cá nhân vi phạm pháp luật bị truy cứu", kind: "Điều kiện", maxPoints: "–" });
  return rows;
}

async function main(work: string | undefined, args: string[]) {
  const { db } = await import("@/lib/db");
  const { loadAppSession } = await import("@/lib/auth/session-user");
  try {
    let result: unknown;
    if (work === "import") {
      const [setId, version, variant] = args;
      const actor = await loadAppSession(db, IMPORT_USER);
      if (!actor || (variant !== "A" && variant !== "B" && variant !== "seed")) throw new Error(`bad arguments: ${args.join(" ")}`);
      const { importRows } = await import("@/lib/criteria/service");
      result = await importRows(actor, setId, Number(version), criteriaRows(variant), `tieu-chi-${variant}.xlsx`);
    } else if (work === "signoff") {
      const actor = await loadAppSession(db, SIGN_OFF_USER);
      if (!actor || !args[0]) throw new Error(`bad arguments: ${args.join(" ")}`);
      const { signOff } = await import("@/lib/ranking/service");
      result = await signOff(actor, args[0], null);
    } else {
      throw new Error(`unknown work: ${work}`);
    }
    console.log(JSON.stringify({ work, result }));
  } finally {
    await db.$disconnect();
  }
}

// The test file imports criteriaRows from here; only a process started on this file runs the work.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv[2], process.argv.slice(3));
}
