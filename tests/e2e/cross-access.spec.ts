import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Cross-bloc and cross-unit access through the built app: signed in as cumvien (SNV Bắc Giang, a
// member of the Trung du cluster), every page, document and export of the Nội chính bloc, and
// another unit's sheet in the cluster before the board approves the ranking, must answer 404 with
// the not-found page, and show nothing of what was asked for.

const NC = "/blocs/bloc-noi-chinh-tinh";
const TD = "/blocs/bloc-cum-noi-vu-trung-du-mien-nui";
const NOT_FOUND_PAGE = "Không tìm thấy trang";
// Text that would only be on the page if the refused object leaked into it.
const LEAKS = ["Khối thi đua các cơ quan Nội chính tỉnh", "Sở Nội vụ tỉnh Hòa Bình", "Giao ước thi đua năm 2026"];

const PAGES = [
  NC,
  `${NC}/rotation`,
  `${NC}/years/2026`,
  ...["pledge", "scoring", "ranking", "awards", "criteria", "plan", "conferences", "activities"].map((tab) => `${NC}/years/2026/${tab}`),
  `${NC}/years/2026/conferences/conf-noi-chinh-tinh-2026-signing`,
  `${NC}/years/2026/scoring/unit-nc-thanh-tra-tinh`,
  // 2025 is approved: its members see each other's sheets, an outsider still nothing.
  `${NC}/years/2025/ranking`,
  `${NC}/years/2025/awards`,
  `${NC}/years/2025/scoring/unit-nc-thanh-tra-tinh`,
  // Own cluster, another unit's sheet, before the board approves the ranking (rule 2).
  `${TD}/years/2026/scoring/unit-hb-so-noi-vu`,
];

const FILES = [
  "/api/documents/pledge/pledge-noi-chinh-tinh-2026",
  "/api/documents/pledge/pledge-noi-chinh-tinh-2026?format=docx",
  "/api/documents/minutes/conf-noi-chinh-tinh-2026-signing",
  "/api/documents/plan/year-noi-chinh-tinh-2026",
  "/api/documents/review-minutes/ranking-year-noi-chinh-tinh-2025",
  "/api/documents/award-submission/proposal-year-noi-chinh-tinh-2025",
  "/api/documents/award-submission/proposal-year-noi-chinh-tinh-2024?format=docx",
  "/api/exports/ranking/year-noi-chinh-tinh-2025",
  "/api/exports/sheets/year-noi-chinh-tinh-2025",
  "/api/exports/ranking/year-noi-chinh-tinh-2026",
  "/api/exports/sheets/year-noi-chinh-tinh-2026",
  "/api/criteria/criteria-noi-chinh-tinh-2026/export",
  // Own cluster before approval: the ranking and every member's sheet stay with the leader and the board.
  "/api/exports/ranking/year-cum-noi-vu-trung-du-mien-nui-2026",
  "/api/exports/sheets/year-cum-noi-vu-trung-du-mien-nui-2026",
];

test("a cluster member reaches nothing of another bloc, nor another unit's sheet before approval", async ({ page }) => {
  await signIn(page, "cumvien");

  // The same paths answer for what is the member's own: the session works and 404 means refused.
  for (const own of [`${TD}/years/2026`, `${TD}/years/2026/scoring/unit-bg-so-noi-vu`, "/api/documents/plan/year-cum-noi-vu-trung-du-mien-nui-2026"]) {
    expect((await page.request.get(own, { maxRedirects: 0 })).status(), own).toBe(200);
  }

  const wrong: string[] = [];
  let refused = 0;
  for (const url of [...PAGES, ...FILES]) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    const body = await res.text();
    const isPage = !url.startsWith("/api/");
    const leaked = LEAKS.filter((text) => body.includes(text));
    const ok = res.status() === 404 && leaked.length === 0 && (!isPage || body.includes(NOT_FOUND_PAGE));
    if (ok) refused++;
    else
      wrong.push(
        `${url} → ${res.status()}${leaked.length ? `, shows ${leaked.join(", ")}` : ""}${isPage && !body.includes(NOT_FOUND_PAGE) ? ", no not-found page" : ""}`,
      );
  }
  console.info(`[cross-access e2e] requests refused: ${refused}/${PAGES.length + FILES.length} (${PAGES.length} pages, ${FILES.length} documents and exports)`);
  expect(wrong).toEqual([]);
  expect(refused).toBe(PAGES.length + FILES.length);
});
