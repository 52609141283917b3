"use client";

// What the streamed imports share in the browser: reading NDJSON events as they arrive, and the bar
// that shows them (the score import, components/imports/score-import-form.tsx, and the onboarding).

/** Reads the route's NDJSON answer line by line, handing each event over as it arrives. */
export async function readEvents<E>(res: Response, onEvent: (e: E) => void) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffered += decoder.decode(chunk.value, { stream: true });
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as E);
  }
  if (buffered.trim()) onEvent(JSON.parse(buffered) as E);
}

/** A stage's bar: indeterminate while the file is read (no count yet), then rows done out of the stage's total. */
export function ProgressBar({ label, text, done, total }: { label: string; text: string; done: number; total: number }) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total || undefined}
        aria-valuenow={total > 0 ? done : undefined}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={total > 0 ? "h-full bg-sky-700 transition-[width]" : "h-full w-1/3 animate-pulse bg-sky-700/60"}
          style={total > 0 ? { width: `${percent}%` } : undefined}
        />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
