import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// Every page a demo account can reach, at a laptop's and a phone's size, must fit the window:
// wide content scrolls inside its own container (docs/conventions.md, "Layout"), never the page.
// The walk crawls same-origin links from the home page and the navigation, a few levels deep,
// and opens one page per route pattern (/blocs/[id]/years/[year]/ranking…), so it stays minutes.

const ROLES = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "truongkhoi", "phokhoi", "donvi", "thutruong", "cumtruong", "cumvien"];
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];
const MAX_DEPTH = 4;
const MAX_PAGES = 24;

// The fullest pages of the demo data are opened first, where the role may open them, so that they,
// not an empty year, stand for their route pattern: the Trung du cluster's scored 2026 and the
// Nội chính bloc's 2025, both with every sheet in.
const PINNED = [
  "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/ranking",
  "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/scoring",
  "/blocs/bloc-noi-chinh-tinh/years/2025/ranking",
  "/blocs/bloc-noi-chinh-tinh/years/2025/scoring",
];

const SKIP = [/^\/api\//, /^\/login/, /\.(docx|pdf|xlsx|csv|zip|png|jpe?g)$/i];

type Pattern = { segments: string[]; name: string };

/** The app's route patterns, read from app/**\/page.tsx (route groups dropped). */
function routePatterns(): Pattern[] {
  const found: Pattern[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const isGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx") {
        found.push({ segments, name: `/${segments.join("/")}` });
      }
    }
  };
  walk(path.join(process.cwd(), "app"), []);
  return found;
}

const PATTERNS = routePatterns();

/** The most specific pattern a path matches (static segments beat dynamic ones), or the path itself. */
function patternOf(pathname: string): string {
  const parts = pathname.split("/").filter(Boolean);
  let best: { name: string; score: number } | undefined;
  for (const p of PATTERNS) {
    if (p.segments.length !== parts.length) continue;
    let score = 0;
    const matches = p.segments.every((s, i) => {
      if (s.startsWith("[")) return true;
      score++;
      return s === parts[i];
    });
    if (matches && (!best || score > best.score)) best = { name: p.name, score };
  }
  return best?.name ?? pathname;
}

/** Same-origin page links on the current page, as paths without query or hash. */
async function pageLinks(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"))
      .filter((a) => !a.hasAttribute("download") && a.origin === location.origin)
      .map((a) => a.pathname),
  );
  return [...new Set(hrefs)].filter((p) => !SKIP.some((re) => re.test(p)));
}

type Overflow = { scrollWidth: number; innerWidth: number; offender: string; cut: string[] };

/**
 * Whether the page is wider than the window and, if so, the widest element that sticks out of it
 * while its parent does not (the one to fix), ignoring what a scrolling or clipping container holds.
 */
function measure(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== "visible") return true;
      }
      return false;
    };
    const describe = (el: Element) => {
      const chain: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && chain.length < 4; e = e.parentElement) {
        const id = e.id ? `#${e.id}` : "";
        const cls = typeof e.className === "string" && e.className.trim() ? `.${e.className.trim().split(/\s+/).slice(0, 4).join(".")}` : "";
        chain.unshift(`${e.tagName.toLowerCase()}${id}${cls}`);
      }
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      return `${chain.join(" > ")}${text ? ` ("${text}")` : ""}`;
    };
    let offender = "";
    if (scrollWidth > innerWidth + 1) {
      let widest = -1;
      for (const el of Array.from(document.body.querySelectorAll("*"))) {
        const right = el.getBoundingClientRect().right + window.scrollX;
        const parentRight = el.parentElement ? el.parentElement.getBoundingClientRect().right + window.scrollX : 0;
        if (right > innerWidth + 1 && parentRight <= innerWidth + 1 && !clipped(el)) {
          const width = el.getBoundingClientRect().width;
          if (width > widest) {
            widest = width;
            offender = `${describe(el)} right edge ${Math.round(right)}px`;
          }
        }
      }
      // Nothing sticks out in the flow: an absolutely positioned element escaped its scroller.
      if (!offender) {
        let right = -1;
        for (const el of Array.from(document.body.querySelectorAll("*"))) {
          const r = el.getBoundingClientRect().right + window.scrollX;
          if (r > right && ["absolute", "fixed"].includes(getComputedStyle(el).position)) {
            right = r;
            offender = `${describe(el)} (positioned) right edge ${Math.round(r)}px`;
          }
        }
      }
    }
    // Navigation (the menu, a year's tabs) wraps: a link cut off at the edge, or hidden in a
    // scrolling row, is a tab the user does not know is there.
    const cut = Array.from(document.querySelectorAll("nav a"))
      .filter((a) => {
        const r = a.getBoundingClientRect();
        if (r.width === 0) return false;
        for (let p = a.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX === "visible") continue;
          const box = p.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1) return true;
        }
        return r.right > innerWidth + 1;
      })
      .map((a) => (a.textContent ?? "").trim());
    return { scrollWidth, innerWidth, offender, cut };
  });
}

async function checkBothSizes(page: Page, url: string, failures: string[]) {
  for (const viewport of VIEWPORTS) {
    // The layout is CSS only (no script reads the window's size), so resizing the loaded page
    // shows what loading it at that size would.
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const m = await measure(page);
    if (m.scrollWidth > m.innerWidth + 1) {
      failures.push(`${url} at ${viewport.width}×${viewport.height}: page is ${m.scrollWidth}px wide; widest offender: ${m.offender || "(not found)"}`);
    }
    if (m.cut.length > 0) failures.push(`${url} at ${viewport.width}×${viewport.height}: navigation links out of sight: ${m.cut.join(", ")}`);
  }
  await page.setViewportSize(VIEWPORTS[0]);
}

for (const role of ROLES) {
  test(`no page scrolls sideways for ${role} at 1366×768 and 390×844`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(VIEWPORTS[0]);
    await signIn(page, role);

    const seen = new Set<string>();
    const visited: string[] = [];
    const failures: string[] = [];
    const queue: { url: string; depth: number; pinned?: boolean }[] = [
      ...PINNED.map((url) => ({ url, depth: MAX_DEPTH - 1, pinned: true })),
      { url: "/", depth: 0 },
    ];

    while (queue.length > 0 && visited.length < MAX_PAGES) {
      const { url, depth, pinned } = queue.shift()!;
      const pattern = patternOf(url);
      if (seen.has(pattern)) continue;
      // The styles are in place at DOMContentLoaded; images are not needed to measure, the font is.
      const response = await page.goto(url, { waitUntil: "domcontentloaded" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const landed = new URL(page.url()).pathname;
      // A page the role may not open (not found, or sent elsewhere) does not stand for its pattern;
      // a followed link that redirects shows the page it lands on, checked once per pattern too.
      if (!response || response.status() >= 400 || landed !== url) {
        if (pinned) continue;
        seen.add(pattern);
        if (!response || response.status() >= 400 || seen.has(patternOf(landed))) continue;
      }
      seen.add(patternOf(landed));
      visited.push(landed);
      await checkBothSizes(page, landed, failures);
      if (depth < MAX_DEPTH) {
        for (const link of await pageLinks(page)) {
          if (!seen.has(patternOf(link))) queue.push({ url: link, depth: depth + 1 });
        }
      }
    }

    test.info().annotations.push({ type: "pages", description: `${visited.length}: ${visited.join(" ")}` });
    console.log(`[layout] ${role}: ${visited.length} pages\n  ${visited.join("\n  ")}`);
    expect(visited.length, "the walk opened pages").toBeGreaterThan(1);
    expect(failures, `pages wider than the window for ${role}`).toEqual([]);
  });
}

// On a phone a list, the ranking and the scoring sheet are drawn as cards, one per row, each value
// under its column's name (components/ui/table.tsx, `stack`); on a laptop they stay tables.
test("lists, the ranking and the sheet are cards on a phone and tables on a laptop", async ({ page }) => {
  const shape = (caption: string) =>
    page.getByRole("table", { name: caption, exact: true }).evaluate((table) => {
      const cells = [...table.querySelectorAll("tbody > tr:not(.ui-row-group) > :is(th, td)")];
      const labels = cells.slice(0, 12).map((c) => getComputedStyle(c, "::before").content);
      return { display: getComputedStyle(table).display, labels: labels.filter((l) => l !== "none" && l !== '""') };
    });
  const pages = [
    { user: "bantdkt", path: "/blocs", caption: "Khối, cụm thi đua", label: '"Loại: "' },
    { user: "cumtruong", path: "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/ranking", caption: "Bảng xếp hạng thi đua", label: '"Tổng: "' },
    {
      user: "donvi",
      path: "/blocs/bloc-noi-chinh-tinh/years/2026/scoring/unit-nc-thanh-tra-tinh",
      caption: "Bảng chấm điểm theo từng tiêu chí",
      label: '"Tối đa: "',
    },
  ];
  for (const p of pages) {
    await signIn(page, p.user);
    await page.setViewportSize(VIEWPORTS[1]);
    await page.goto(p.path);
    const phone = await shape(p.caption);
    expect(phone.display, p.path).toBe("block");
    expect(phone.labels, p.path).toContain(p.label);
    await page.setViewportSize(VIEWPORTS[0]);
    expect(await shape(p.caption), p.path).toEqual({ display: "table", labels: [] });
    await page.context().clearCookies();
  }
});

// The board's ten menu items took a third of a phone's screen on every page: there they fold
// behind a button naming the current page; four or fewer (a unit officer's) stay in sight.
test("a long menu folds behind a button on a phone, and stays open on a laptop", async ({ page }) => {
  await signIn(page, "bantdkt");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  const menu = nav.getByRole("button", { name: /^Trình đơn · Tổng quan/ });
  await expect(menu).toBeHidden();
  await expect(nav.getByRole("link", { name: "Đơn vị" })).toBeVisible();
  await page.setViewportSize(VIEWPORTS[1]);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Đơn vị" })).toBeHidden();
  await menu.click();
  await nav.getByRole("link", { name: "Đơn vị" }).click();
  await expect(page).toHaveURL(/\/units$/);
  await expect(nav.getByRole("button", { name: /^Trình đơn · Đơn vị/ })).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Đơn vị" })).toBeHidden();
  await page.context().clearCookies();
  await signIn(page, "donvi");
  await expect(nav.getByRole("button")).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Tổng quan" })).toBeVisible();
});
