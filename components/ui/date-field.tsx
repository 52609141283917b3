"use client";

import { CalendarDays } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { CalendarPopover } from "@/components/ui/calendar-popover";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/control";
import { useField, Wrapper, type Base } from "@/components/ui/fields";
import { withinBounds } from "@/lib/format/calendar";
import { dayOf, dayTimeOf, formatDay, formatTime, isoDay, readTime, readVietnamDay, type CalendarDay, type DateLike } from "@/lib/format/vi";

// Why not <input type="date">: the browser shows and reads it in its own language's order, so an
// English browser takes "03/04/2026" as 4 March. These fields read and show dd/MM/yyyy always.
//
// What reaches the server is unchanged: a hidden input under the field's name carries exactly
// what the schemas already accept (yyyy-MM-dd, or yyyy-MM-ddTHH:mm in Vietnam time), "" when
// blank. Text that is not a real day is sent as typed, so the server refuses it (validation.date)
// instead of saving a blank; the field has already said why, inline. See docs/conventions.md, "Dates".

type DateFieldProps = Base & {
  /** yyyy-MM-dd or a Date (its Vietnam day). */
  defaultValue?: DateLike;
  min?: DateLike;
  max?: DateLike;
  disabled?: boolean;
};

type Bounds = { min: CalendarDay | null; max: CalendarDay | null };
type Problem = { key: string; params?: Record<string, string | number> };

/** What is wrong with the typed day, as a message key, or null when it is fine or blank. */
function dayProblem(text: string, { min, max }: Bounds): Problem | null {
  if (!text.trim()) return null;
  const r = readVietnamDay(text);
  if (!r.ok) {
    if (r.reason === "day") return { key: "common.dateField.errors.day", params: { date: text.trim(), month: r.month, year: r.year, days: r.daysInMonth } };
    return { key: r.reason === "month" ? "common.dateField.errors.month" : "common.dateField.errors.format" };
  }
  if (min && !withinBounds(r.day, min, null)) return { key: "common.dateField.errors.min", params: { min: formatDay(min) } };
  if (max && !withinBounds(r.day, null, max)) return { key: "common.dateField.errors.max", params: { max: formatDay(max) } };
  return null;
}

/** The typed day as the schemas take it: yyyy-MM-dd, "" when blank, the raw text when it is not a day. */
function submittedDay(text: string): string {
  if (!text.trim()) return "";
  const r = readVietnamDay(text);
  return r.ok ? isoDay(r.day) : text.trim();
}

/**
 * Follows the enclosing form: a submit shows the inline problems even in fields never left, a
 * reset (after a successful save) brings the initial text back.
 */
function useFormEvents(input: React.RefObject<HTMLInputElement | null>, onSubmit: () => void, onReset: () => void) {
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    form.addEventListener("submit", onSubmit);
    form.addEventListener("reset", onReset);
    return () => {
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("reset", onReset);
    };
  }, [input, onSubmit, onReset]);
}

type DayBoxProps = {
  id: string;
  label: string;
  text: string;
  setText: (text: string) => void;
  onLeave: () => void;
  bounds: Bounds;
  required?: boolean;
  disabled?: boolean;
  invalid: boolean;
  describedBy?: string;
  inputRef: React.RefObject<HTMLInputElement | null>;
};

/** The dd/MM/yyyy text box with its calendar button. */
function DayBox({ id, label, text, setText, onLeave, bounds, required, disabled, invalid, describedBy, inputRef }: DayBoxProps) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const reading = text.trim() ? readVietnamDay(text) : null;
  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) inputRef.current?.focus();
    },
    [inputRef],
  );
  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        placeholder={t("dateField.placeholder")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={onLeave}
        disabled={disabled}
        aria-required={required}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={cn(controlClass(), "pr-10")}
      />
      <button
        ref={toggle}
        type="button"
        disabled={disabled}
        aria-label={t("dateField.openCalendar", { label })}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="absolute top-1 right-0 bottom-0 flex items-center rounded-r-md px-2.5 text-slate-600 hover:text-sky-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        <CalendarDays aria-hidden="true" className="h-4 w-4" />
      </button>
      {open && (
        <CalendarPopover
          value={reading?.ok ? reading.day : null}
          min={bounds.min}
          max={bounds.max}
          toggle={toggle}
          onClose={close}
          onSelect={(day) => {
            setText(formatDay(day));
            close(true);
          }}
        />
      )}
    </div>
  );
}

/** Shared state of a typed day: the text, whether its problems show yet, and the form's events. */
function useTypedDay(initial: string, inputRef: React.RefObject<HTMLInputElement | null>) {
  const [text, setText] = useState(initial);
  const [touched, setTouched] = useState(false);
  const onSubmit = useCallback(() => setTouched(true), []);
  const onReset = useCallback(() => {
    setText(initial);
    setTouched(false);
  }, [initial]);
  useFormEvents(inputRef, onSubmit, onReset);
  return { text, setText, touched, setTouched };
}

/** A calendar day typed as dd/MM/yyyy (d/M/yyyy accepted) or picked on the calendar; submits yyyy-MM-dd. */
export function DateField({ name, label, hint, required, className, defaultValue, min, max, disabled }: DateFieldProps) {
  const tAll = useTranslations();
  const { id, errorText } = useField(name);
  const inputRef = useRef<HTMLInputElement>(null);
  const initialDay = dayOf(defaultValue);
  const { text, setText, touched, setTouched } = useTypedDay(initialDay ? formatDay(initialDay) : "", inputRef);
  const bounds = { min: dayOf(min), max: dayOf(max) };
  const problem = touched ? dayProblem(text, bounds) : null;
  const shown = problem ? tAll(problem.key, problem.params) : errorText;

  function leave() {
    const r = text.trim() ? readVietnamDay(text) : null;
    if (r?.ok) setText(formatDay(r.day));
    setTouched(true);
  }

  return (
    <Wrapper {...{ id, name, label, hint, required, errorText: shown, className }}>
      <DayBox
        {...{ id, label, text, setText, bounds, required, disabled, inputRef }}
        onLeave={leave}
        invalid={!!shown}
        describedBy={shown ? `${id}-error` : hint ? `${id}-hint` : undefined}
      />
      <input type="hidden" name={name} value={submittedDay(text)} />
    </Wrapper>
  );
}

type DateTimeFieldProps = Omit<DateFieldProps, "min" | "max"> & {
  /** yyyy-MM-ddTHH:mm in Vietnam time, or a Date. */
  defaultValue?: DateLike;
};

/** A day (dd/MM/yyyy, with the calendar) and a 24-hour time (HH:mm); submits yyyy-MM-ddTHH:mm, Vietnam wall time. */
export function DateTimeField({ name, label, hint, required, className, defaultValue, disabled }: DateTimeFieldProps) {
  const t = useTranslations("common");
  const tAll = useTranslations();
  const { id, errorText } = useField(name);
  const inputRef = useRef<HTMLInputElement>(null);
  const initial = dayTimeOf(defaultValue);
  const { text, setText, touched, setTouched } = useTypedDay(initial ? formatDay(initial.day) : "", inputRef);
  const initialTime = initial ? formatTime(initial.time) : "";
  const [timeText, setTimeText] = useState(initialTime);
  const onReset = useCallback(() => setTimeText(initialTime), [initialTime]);
  useFormEvents(inputRef, noop, onReset);

  const bounds = { min: null, max: null };
  const day = text.trim() ? readVietnamDay(text) : null;
  const time = timeText.trim() ? readTime(timeText) : null;
  let problem: Problem | null = null;
  if (touched) {
    problem = dayProblem(text, bounds);
    if (!problem && timeText.trim() && !time) problem = { key: "common.dateField.errors.time" };
    else if (!problem && day && !timeText.trim()) problem = { key: "common.dateField.errors.timeMissing" };
    else if (!problem && !day && timeText.trim()) problem = { key: "common.dateField.errors.dateMissing" };
  }
  const shown = problem ? tAll(problem.key, problem.params) : errorText;
  const blank = !text.trim() && !timeText.trim();
  const submitted = blank ? "" : day?.ok && time ? `${isoDay(day.day)}T${formatTime(time)}` : `${text.trim()} ${timeText.trim()}`;
  const describedBy = shown ? `${id}-error` : hint ? `${id}-hint` : undefined;

  function leaveDay() {
    if (day?.ok) setText(formatDay(day.day));
    setTouched(true);
  }
  function leaveTime() {
    if (time) setTimeText(formatTime(time));
    setTouched(true);
  }

  return (
    <Wrapper {...{ id, name, label, hint, required, errorText: shown, className }}>
      <div className="flex gap-2">
        <div className="min-w-0 flex-1">
          <DayBox {...{ id, label, text, setText, bounds, required, disabled, inputRef, describedBy }} onLeave={leaveDay} invalid={!!shown} />
        </div>
        <input
          type="text"
          autoComplete="off"
          placeholder={t("dateField.timePlaceholder")}
          aria-label={t("dateField.timeLabel", { label })}
          value={timeText}
          onChange={(e) => setTimeText(e.target.value)}
          onBlur={leaveTime}
          disabled={disabled}
          aria-required={required}
          aria-invalid={!!shown}
          aria-describedby={describedBy}
          maxLength={5}
          className={controlClass("w-20")}
        />
      </div>
      <input type="hidden" name={name} value={submitted} />
    </Wrapper>
  );
}

const noop = () => {};
