"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { addDays, addMonths, clampDay, mondayIndex, monthWeeks, sameDay, withinBounds } from "@/lib/format/calendar";
import { dayOf, formatDay, isoDay, type CalendarDay } from "@/lib/format/vi";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

type Props = {
  /** The day the field holds, if any: the calendar opens on it. */
  value: CalendarDay | null;
  min?: CalendarDay | null;
  max?: CalendarDay | null;
  onSelect: (day: CalendarDay) => void;
  /** Escape or a click outside; `returnFocus` is false when the click went elsewhere on the page. */
  onClose: (returnFocus: boolean) => void;
  /** The toggle button: a click on it is the field's, not an outside click. */
  toggle: React.RefObject<HTMLElement | null>;
};

/**
 * A month grid in a non-modal dialog, after the WAI-ARIA date picker dialog pattern: arrows move by
 * day and week, Page Up/Down by month (with Shift by year), Home/End to the week's ends, Enter
 * picks, Escape closes; Tab stays inside while it is open. Our own rather than the browser's,
 * whose order and names follow the browser's language.
 */
export function CalendarPopover({ value, min, max, onSelect, onClose, toggle }: Props) {
  const t = useTranslations("common");
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const today = dayOf(new Date())!;
  const [focused, setFocused] = useState<CalendarDay>(() => clampDay(value ?? today, min, max));
  const [alignRight, setAlignRight] = useState(false);
  // Focus follows the active day only when the person moved it from the grid (or on opening),
  // not when they page months with the buttons, whose focus must stay put.
  const moveFocus = useRef(true);

  useLayoutEffect(() => {
    const box = root.current?.getBoundingClientRect();
    if (box && box.right > window.innerWidth - 8) setAlignRight(true);
  }, []);

  useEffect(() => {
    if (!moveFocus.current) return;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${isoDay(focused)}"]`)?.focus();
  }, [focused]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!root.current?.contains(target) && !toggle.current?.contains(target)) onClose(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [onClose, toggle]);

  function go(day: CalendarDay, focusDay: boolean) {
    moveFocus.current = focusDay;
    setFocused(clampDay(day, min, max));
  }

  function onGridKey(event: React.KeyboardEvent) {
    const moves: Record<string, () => CalendarDay> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      Home: () => addDays(focused, -mondayIndex(focused)),
      End: () => addDays(focused, 6 - mondayIndex(focused)),
      PageUp: () => addMonths(focused, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focused, event.shiftKey ? 12 : 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    go(move(), true);
  }

  function onDialogKey(event: React.KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    if (event.key !== "Tab") return;
    const stops = [...(root.current?.querySelectorAll<HTMLElement>("button:not([tabindex='-1'])") ?? [])];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  const weeks = monthWeeks(focused.year, focused.month);
  const navButton = "rounded-md p-1.5 text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600";
  return (
    <div
      ref={root}
      role="dialog"
      aria-label={t("dateField.calendar")}
      onKeyDown={onDialogKey}
      className={cn("absolute top-full z-30 mt-1 w-72 rounded-lg border border-slate-300 bg-white p-3 shadow-lg", alignRight ? "right-0" : "left-0")}
    >
      <div className="flex items-center justify-between gap-2">
        <button type="button" className={navButton} aria-label={t("dateField.previousMonth")} onClick={() => go(addMonths(focused, -1), false)}>
          <ChevronLeft aria-hidden="true" className="h-4 w-4" />
        </button>
        <p id={headingId} aria-live="polite" className="text-sm font-semibold text-slate-900">
          {t("dateField.monthYear", { month: t(`dateField.months.${focused.month}`), year: focused.year })}
        </p>
        <button type="button" className={navButton} aria-label={t("dateField.nextMonth")} onClick={() => go(addMonths(focused, 1), false)}>
          <ChevronRight aria-hidden="true" className="h-4 w-4" />
        </button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={headingId} className="mt-2 w-full border-collapse text-center text-sm" onKeyDown={onGridKey}>
        <thead>
          <tr>
            {WEEKDAYS.map((w) => (
              <th key={w} scope="col" abbr={t(`dateField.weekdaysLong.${w}`)} className="pb-1 text-xs font-medium text-slate-600">
                {t(`dateField.weekdays.${w}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) =>
                day ? (
                  <DayCell
                    key={i}
                    day={day}
                    label={t("dateField.dayLabel", { weekday: t(`dateField.weekdaysLong.${WEEKDAYS[i]}`), day: day.day, date: formatDay(day) })}
                    selected={sameDay(day, value)}
                    active={sameDay(day, focused)}
                    isToday={sameDay(day, today)}
                    disabled={!withinBounds(day, min, max)}
                    onPick={() => onSelect(day)}
                  />
                ) : (
                  <td key={i} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type DayCellProps = { day: CalendarDay; label: string; selected: boolean; active: boolean; isToday: boolean; disabled: boolean; onPick: () => void };

// aria-disabled rather than disabled: arrow keys may land on a day out of bounds, and a disabled
// button cannot take focus.
function DayCell({ day, label, selected, active, isToday, disabled, onPick }: DayCellProps) {
  return (
    <td aria-selected={selected} className="p-0.5">
      <button
        type="button"
        data-day={isoDay(day)}
        tabIndex={active ? 0 : -1}
        aria-label={label}
        aria-disabled={disabled || undefined}
        aria-current={isToday ? "date" : undefined}
        onClick={() => !disabled && onPick()}
        className={cn(
          "h-9 w-9 rounded-md focus:ring-2 focus:ring-sky-600 focus:ring-offset-1 focus:outline-none",
          selected ? "bg-sky-800 font-semibold text-white" : "text-slate-900 hover:bg-sky-50",
          isToday && !selected && "font-semibold text-sky-800 underline",
          disabled && "cursor-not-allowed text-slate-400 line-through hover:bg-transparent",
        )}
      >
        {day.day}
      </button>
    </td>
  );
}
