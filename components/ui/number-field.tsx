"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formatNumberInput, parseNumberInput, type NumberRules } from "@/lib/format/number-input";
import { NUMBER_MESSAGES, refusal, type NumberMessages } from "@/lib/validation/number-messages";
import { controlClass } from "@/components/ui/control";
import { describedBy, useField, Wrapper } from "@/components/ui/fields";

// A number a person types, as text: `type="number"` drops or misreads a decimal comma in some
// browser locales ("0,5" became 5). The text is read by the same parser as the server's schema,
// checked when the field is left and when its form is sent, and shown back with a comma.

type Translate = ReturnType<typeof useTranslations>;

/** The sentence for what `text` breaks, or null when the field may hold it. */
export function numberProblem(
  t: Translate,
  text: string,
  rules: NumberRules & { required?: boolean },
  messages: NumberMessages = NUMBER_MESSAGES,
  params?: Record<string, string | number>,
): string | null {
  const read = parseNumberInput(text, rules);
  if (!read.ok) {
    const { key, params: all } = refusal(read.reason, rules, messages, params);
    return t(key, all);
  }
  return read.value === null && rules.required ? t("validation.required") : null;
}

type InputProps = NumberRules & {
  /** Announced with the message, so a refusal says which field it is about. */
  label: string;
  required?: boolean;
  messages?: NumberMessages;
  params?: Record<string, string | number>;
  /** Controlled: the text as typed. Without it the input keeps its own text (a plain form). */
  value?: string;
  defaultValue?: number | string | null;
  onValueChange?: (text: string) => void;
  /** Reports the current problem (null when fine) after a blur or a refused submit. */
  onProblem?: (problem: string | null) => void;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "defaultValue" | "type" | "min" | "max" | "required">;

/**
 * The bare input. Its browser validity carries the problem (setCustomValidity), so a form can
 * ask `checkValidity()` before sending, which fires `invalid` here and shows the message.
 */
export function NumberInput({ label, decimals, min, max, required, messages, params, value, defaultValue, onValueChange, onProblem, ...input }: InputProps) {
  const t = useTranslations();
  const ref = useRef<HTMLInputElement>(null);
  const rules = { decimals, min, max, required };
  const initial = typeof defaultValue === "number" ? formatNumberInput(defaultValue, decimals) : (defaultValue ?? "");
  const problemOf = (text: string) => numberProblem(t, text, rules, messages, params);
  // The default sentences do not say which field they are about; a domain's own do (a criterion's code).
  const named = (problem: string | null) => (problem && !messages ? t("validation.number.named", { field: label, message: problem }) : problem);
  const shown = useRef(false);
  const report = (problem: string | null) => {
    shown.current = problem !== null;
    onProblem?.(problem);
  };

  const textNow = () => value ?? ref.current?.value ?? initial;
  useEffect(() => {
    ref.current?.setCustomValidity(named(problemOf(textNow())) ?? "");
  });

  function settle() {
    const text = textNow();
    const problem = named(problemOf(text));
    report(problem);
    if (problem) return;
    // Shown back as it will be read: "0.50" becomes "0,5".
    const read = parseNumberInput(text, rules);
    const shown = read.ok ? formatNumberInput(read.value, decimals) : text;
    if (shown === text) return;
    if (value === undefined && ref.current) ref.current.value = shown;
    onValueChange?.(shown);
  }

  return (
    <input
      ref={ref}
      type="text"
      inputMode={decimals > 0 ? "decimal" : "numeric"}
      autoComplete="off"
      data-number-field
      aria-required={required}
      {...(value === undefined ? { defaultValue: initial } : { value })}
      {...input}
      onChange={(e) => {
        const problem = named(problemOf(e.target.value));
        e.target.setCustomValidity(problem ?? "");
        // A message already shown follows the typing, so it goes as soon as the value is fixed.
        if (shown.current) report(problem);
        onValueChange?.(e.target.value);
        input.onChange?.(e);
      }}
      onBlur={(e) => {
        settle();
        input.onBlur?.(e);
      }}
      onInvalid={() => report(named(problemOf(textNow())))}
    />
  );
}

type FieldProps = Omit<InputProps, "onProblem"> & { name: string; hint?: string; className?: string; inputClassName?: string };

/** A labelled number field for an ActionForm: the message under it names the field. */
export function NumberField({ name, label, hint, required, className, inputClassName, ...rest }: FieldProps) {
  const { id, errorText: serverError } = useField(name);
  const [problem, setProblem] = useState<string | null>(null);
  const errorText = problem ?? serverError;
  return (
    <Wrapper {...{ id, name, label, hint, required, errorText, className }}>
      <NumberInput
        id={id}
        name={name}
        label={label}
        required={required}
        className={inputClassName ?? controlClass()}
        aria-invalid={!!errorText}
        aria-describedby={describedBy(id, hint, errorText)}
        onProblem={setProblem}
        {...rest}
      />
    </Wrapper>
  );
}

/** Checks every number field of a form as it is sent; false (and the first bad field focused) when one is refused. */
export function numberFieldsValid(form: HTMLFormElement): boolean {
  const bad = [...form.querySelectorAll<HTMLInputElement>("input[data-number-field]")].filter((input) => !input.checkValidity());
  bad[0]?.focus();
  return bad.length === 0;
}
