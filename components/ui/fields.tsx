"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormState } from "@/components/ui/form-context";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/control";

export type Base = { name: string; label: string; hint?: string; required?: boolean; className?: string };

const control = controlClass();

/** The field's id and its server error (from the enclosing ActionForm), translated. */
export function useField(name: string) {
  const t = useTranslations();
  const { errors } = useFormState();
  const id = useId();
  const error = errors?.[name.replace(/\[\]$/, "")];
  return { id, errorText: error ? t(error.key, error.params) : null };
}

/** Label, control, and the hint or the error under it: every field's frame. */
export function Wrapper({
  id,
  label,
  hint,
  required,
  errorText,
  className,
  children,
}: Base & { id: string; errorText: string | null; children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span aria-hidden="true" className="text-brand-700">
            {" "}
            *
          </span>
        )}
      </label>
      {children}
      {hint && !errorText && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errorText && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-brand-700">
          {errorText}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, hint?: string, errorText?: string | null) {
  return errorText ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export function TextField({ name, label, hint, required, className, ...input }: Base & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { id, errorText } = useField(name);
  return (
    <Wrapper {...{ id, name, label, hint, required, errorText, className }}>
      <input
        id={id}
        name={name}
        className={control}
        aria-required={required}
        aria-invalid={!!errorText}
        aria-describedby={describedBy(id, hint, errorText)}
        {...input}
      />
    </Wrapper>
  );
}

export function TextAreaField({ name, label, hint, required, className, ...input }: Base & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { id, errorText } = useField(name);
  return (
    <Wrapper {...{ id, name, label, hint, required, errorText, className }}>
      <textarea
        id={id}
        name={name}
        rows={3}
        className={control}
        aria-required={required}
        aria-invalid={!!errorText}
        aria-describedby={describedBy(id, hint, errorText)}
        {...input}
      />
    </Wrapper>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  options,
  placeholder,
  ...select
}: Base & { options: { value: string; label: string }[]; placeholder?: string } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const { id, errorText } = useField(name);
  return (
    <Wrapper {...{ id, name, label, hint, required, errorText, className }}>
      <select
        id={id}
        name={name}
        className={control}
        aria-required={required}
        aria-invalid={!!errorText}
        aria-describedby={describedBy(id, hint, errorText)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  className,
  ...input
}: Omit<Base, "required"> & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  const { id, errorText } = useField(name);
  return (
    <div className={cn("flex items-start gap-2", className)}>
      <input id={id} name={name} type="checkbox" className="mt-0.5 h-4 w-4 rounded border-slate-400 text-sky-700" aria-invalid={!!errorText} {...input} />
      <div>
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
        {hint && <p className="text-xs text-slate-600">{hint}</p>}
        {errorText && <p className="text-xs font-medium text-brand-700">{errorText}</p>}
      </div>
    </div>
  );
}

/** Errors for a field that has no single control (a list of checkboxes, say). */
export function FieldErrorText({ name }: { name: string }) {
  const { errorText } = useField(name);
  return errorText ? <p className="mt-1 text-xs font-medium text-brand-700">{errorText}</p> : null;
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "danger" }) {
  const { pending } = useFormState();
  const t = useTranslations("common");
  const tone = variant === "danger" ? "bg-brand-700 hover:bg-brand-800" : "bg-sky-800 hover:bg-sky-900";
  return (
    <button
      type="submit"
      disabled={pending}
      className={cn("inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-60", tone)}
    >
      {pending ? t("saving") : children}
    </button>
  );
}
