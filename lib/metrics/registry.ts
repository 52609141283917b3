// The process's metrics in Prometheus's text format (/api/metrics). Kept on globalThis: the
// production server (scripts/app-server.ts, which times requests) and the app's bundles (which
// answer /api/metrics) are separate module graphs in one process, and must share one registry.

type Labels = Record<string, string>;
type Series = { labels: Labels; count: number; sum: number; buckets: number[] };
type Family = { help: string; type: "counter" | "histogram"; bounds: number[]; series: Map<string, Series> };

type Registry = { families: Map<string, Family> };

const KEY = Symbol.for("thi-dua-khoi.metrics");
const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry = (holder[KEY] ??= { families: new Map() });

/** Seconds: from 5 ms, where a cheap page sits, to 10 s, where a queued one does in a rush. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const keyOf = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
const escape = (v: string) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
export const labelText = (labels: Labels) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escape(v)}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
};

function family(name: string, help: string, type: Family["type"], bounds: number[] = []): Family {
  let f = registry.families.get(name);
  if (!f) registry.families.set(name, (f = { help, type, bounds, series: new Map() }));
  return f;
}

function seriesOf(f: Family, labels: Labels): Series {
  const key = keyOf(labels);
  let s = f.series.get(key);
  if (!s) f.series.set(key, (s = { labels, count: 0, sum: 0, buckets: f.bounds.map(() => 0) }));
  return s;
}

export function histogram(name: string, help: string, bounds = DURATION_BUCKETS) {
  const f = family(name, help, "histogram", bounds);
  return (labels: Labels, value: number) => {
    const s = seriesOf(f, labels);
    s.count++;
    s.sum += value;
    f.bounds.forEach((b, i) => {
      if (value <= b) s.buckets[i]++;
    });
  };
}

export function counter(name: string, help: string) {
  const f = family(name, help, "counter");
  return (labels: Labels, by = 1) => {
    const s = seriesOf(f, labels);
    s.count += by;
  };
}

function familyLines(name: string, f: Family): string[] {
  const lines = [`# HELP ${name} ${f.help}`, `# TYPE ${name} ${f.type}`];
  for (const s of f.series.values()) {
    if (f.type === "counter") {
      lines.push(`${name}${labelText(s.labels)} ${s.count}`);
      continue;
    }
    f.bounds.forEach((b, i) => lines.push(`${name}_bucket${labelText({ ...s.labels, le: String(b) })} ${s.buckets[i]}`));
    lines.push(`${name}_bucket${labelText({ ...s.labels, le: "+Inf" })} ${s.count}`);
    lines.push(`${name}_sum${labelText(s.labels)} ${s.sum}`, `${name}_count${labelText(s.labels)} ${s.count}`);
  }
  return lines;
}

/** Every metric counted so far, in Prometheus's text exposition format (version 0.0.4). */
export function renderMetrics(): string {
  const lines: string[] = [];
  for (const [name, f] of registry.families) lines.push(...familyLines(name, f));
  return `${lines.join("\n")}\n`;
}
