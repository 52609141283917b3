import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chartId, clip, linearScale, niceDomain, niceStep, padStart, span, stackExtent, stackSegments } from "@/components/charts/scale";
import { GroupTotalsFigure, groupsOf, type GroupTotalsRow } from "@/components/charts/group-totals-chart";
import { RankHistoryFigure, type RankPoint } from "@/components/charts/rank-history-chart";

describe("linearScale", () => {
  it("maps the domain onto the range, reversed ranges included", () => {
    const s = linearScale([0, 100], [200, 700]);
    expect(s(0)).toBe(200);
    expect(s(50)).toBe(450);
    expect(s(100)).toBe(700);
    const down = linearScale([1, 8], [10, 80]);
    expect(down(1)).toBe(10);
    expect(down(8)).toBe(80);
    expect(linearScale([0, 10], [100, 0])(10)).toBe(0);
    expect(linearScale([0, 3], [0, 1])(1)).toBe(0.33); // SVG coordinates to 0.01
  });

  it("maps a zero-width domain to the start instead of dividing by zero", () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });
});

describe("niceDomain", () => {
  it("covers 0 and the data with whole nice steps", () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(7, 5)).toBe(2);
    expect(niceStep(12.5, 5)).toBe(2.5);
    expect(niceDomain(0, 93.5)).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });

  it("reaches below 0 for a negative (deduction-only) part, only as far as a nice number", () => {
    expect(niceDomain(-5, 95)).toEqual({ min: -5, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceDomain(-1, 82).min).toBe(-1);
    expect(niceDomain(-7, 82).min).toBe(-10);
    expect(niceDomain(-30, 10)).toEqual({ min: -30, max: 10, ticks: [-30, -20, -10, 0, 10] });
  });

  it("keeps room left of a negative start for its label", () => {
    const min = padStart(-1, 100, 34, 500);
    const s = linearScale([min, 100], [0, 500]);
    expect(s(-1)).toBeCloseTo(34, 1);
    expect(padStart(0, 100, 34, 500)).toBe(0);
  });

  it("gives an axis for all-zero data and no float noise in ticks", () => {
    expect(niceDomain(0, 0)).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(niceDomain(0, 0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe("stackSegments", () => {
  it("stacks positive parts rightwards and negative parts leftwards from 0", () => {
    expect(stackSegments([40, 30, -5, 0, 10])).toEqual([
      { index: 0, value: 40, from: 0, to: 40 },
      { index: 1, value: 30, from: 40, to: 70 },
      { index: 2, value: -5, from: 0, to: -5 },
      { index: 4, value: 10, from: 70, to: 80 },
    ]);
    expect(stackExtent([40, 30, -5, -2, 10])).toEqual({ min: -7, max: 80 });
  });

  it("ignores non-finite parts", () => {
    expect(stackSegments([Number.NaN, 5])).toEqual([{ index: 1, value: 5, from: 0, to: 5 }]);
  });

  it("gives rectangles with a positive width whichever way a segment runs", () => {
    const s = linearScale([-10, 90], [0, 100]);
    expect(span(s, 0, -5)).toEqual({ x: 5, width: 5 });
    expect(span(s, 0, 40)).toEqual({ x: 10, width: 40 });
  });
});

describe("labels and ids", () => {
  it("clips long names with an ellipsis and keeps short ones", () => {
    expect(clip("Thanh tra tỉnh", 30)).toBe("Thanh tra tỉnh");
    expect(clip("Sở Nội vụ tỉnh Thái Nguyên và các đơn vị", 12)).toBe("Sở Nội vụ t…");
    expect([...clip("Sở Nội vụ tỉnh Thái Nguyên và các đơn vị", 12)].length).toBeLessThanOrEqual(12);
  });

  it("makes the same id for the same text", () => {
    expect(chartId("c", "Khối Nội chính")).toBe(chartId("c", "Khối Nội chính"));
    expect(chartId("c", "Khối Nội chính")).not.toBe(chartId("c", "Khối Văn xã"));
    expect(chartId("c", "x")).toMatch(/^c-[a-z0-9]+$/);
  });
});

const rows: GroupTotalsRow[] = [
  {
    unitName: "Sở Nội vụ",
    total: 85.5,
    groups: [
      { groupCode: "I", title: "Phong trào", total: 45.5 },
      { groupCode: "II", title: "Khen thưởng", total: 45 },
      { groupCode: "III", title: "Thưởng, trừ", total: -5 },
    ],
  },
  {
    unitName: "Thanh tra tỉnh",
    total: 90,
    groups: [
      { groupCode: "I", title: "Phong trào", total: 50 },
      { groupCode: "II", title: "Khen thưởng", total: 40 },
      { groupCode: "III", title: "Thưởng, trừ", total: 0 },
    ],
  },
];

describe("GroupTotalsFigure", () => {
  const labels = { unit: "Đơn vị", total: "Tổng điểm", summary: "Tổng điểm theo nhóm: cao nhất Thanh tra tỉnh", empty: "Chưa có số liệu" };
  const html = renderToStaticMarkup(createElement(GroupTotalsFigure, { rows, caption: "Khối Nội chính 2026", labels }));

  it("is an accessible image described by a data table", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain(`aria-label="${labels.summary}"`);
    expect(html).toContain(`<title>${labels.summary}</title>`);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    // Hidden in a hidden box, so the table cannot widen the page (a table is never narrower than its cells).
    expect(html).toContain(`<div class="sr-only"><table id="${describedBy}">`);
    expect(html).toContain("<figcaption");
  });

  it("writes values with a comma decimal and draws the negative group from 0", () => {
    expect(html).toContain("45,5");
    expect(html).toContain("85,5");
    expect(html).toContain("Sở Nội vụ – III. Thưởng, trừ: -5");
    expect(html).toMatch(/text-anchor="end" font-size="11" font-weight="600" fill="#9f1239" aria-hidden="true">-5</);
    expect(html).not.toMatch(/NaN|Infinity|width="-/);
  });

  it("lists every group in the legend once, in tree order", () => {
    expect(groupsOf(rows).map((g) => g.groupCode)).toEqual(["I", "II", "III"]);
    expect(html.match(/<li /g)?.length).toBe(3);
    expect(html.match(/<th scope="col">I\. Phong trào<\/th>/g)?.length).toBe(1);
  });

  it("says there is nothing to draw when there are no rows", () => {
    expect(renderToStaticMarkup(createElement(GroupTotalsFigure, { rows: [], caption: "x", labels }))).toContain(labels.empty);
  });
});

describe("RankHistoryFigure", () => {
  const points: RankPoint[] = [
    { year: 2024, total: 88.25, rank: 3, of: 8 },
    { year: 2025, total: 92, rank: 1, of: 8 },
  ];
  const labels = {
    year: "Năm",
    total: "Tổng điểm",
    rank: "Hạng",
    summary: "Kết quả qua các năm",
    empty: "Chưa có",
    rankOf: (p: RankPoint) => `${p.rank}/${p.of}`,
  };
  const html = renderToStaticMarkup(createElement(RankHistoryFigure, { points, caption: "Thanh tra tỉnh", labels }));

  it("draws each year's rank and total, accessibly", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain("88,25");
    expect(html).toContain("3/8");
    expect(html).toContain("1/8");
    expect(html).toContain("<polyline");
    expect(html).toMatch(/<div class="sr-only"><table id="rank-history-[a-z0-9]+-data">/);
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it("places the first rank above a lower one", () => {
    const cy = [...html.matchAll(/<circle cx="[^"]+" cy="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(cy[1]).toBeLessThan(cy[0]);
  });

  it("draws a single year without a line", () => {
    const one = renderToStaticMarkup(createElement(RankHistoryFigure, { points: [points[0]], caption: "x", labels }));
    expect(one).not.toContain("<polyline");
    expect(one).toContain("3/8");
  });
});
