"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { describedBy, useField, Wrapper, type Base } from "@/components/ui/fields";

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "className">;

type PickerProps = InputProps & {
  /** The visible button's text; "Chọn tệp…" unless told. */
  buttonText?: string;
  /** Whether "Chưa chọn tệp nào" or the chosen file's name shows beside the button. */
  showStatus?: boolean;
  /** A smaller button, for a table cell. */
  small?: boolean;
  className?: string;
};

/**
 * A file input that speaks the app's language. The browser's own button reads "Choose File / No
 * file chosen" in the browser's language, and cannot be restyled: the native input stays, visually
 * hidden but first in the tab order and named by the field's label, and a button of ours (hidden
 * from assistive technology, which has the input) opens it and shows its focus.
 */
export function FilePicker({ id, buttonText, showStatus = true, small, className, onChange, ...input }: PickerProps) {
  const t = useTranslations("common");
  const ownId = useId();
  const inputId = id ?? ownId;
  const statusId = `${inputId}-status`;
  const ref = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState("");

  useEffect(() => {
    const form = ref.current?.form;
    const clear = () => setChosen("");
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);

  const described = [showStatus ? statusId : null, input["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-wrap items-center gap-x-3 gap-y-1", className)}>
      <input
        {...input}
        ref={ref}
        id={inputId}
        type="file"
        className="peer sr-only"
        aria-describedby={described}
        onChange={(event) => {
          setChosen([...(event.target.files ?? [])].map((f) => f.name).join(", "));
          onChange?.(event);
        }}
      />
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        disabled={input.disabled}
        onClick={() => ref.current?.click()}
        className={cn(
          "rounded-md border border-slate-300 bg-white font-medium text-slate-800 shadow-sm hover:bg-slate-100 disabled:opacity-60 peer-focus-visible:ring-2 peer-focus-visible:ring-sky-600 peer-focus-visible:ring-offset-1",
          small ? "px-2 py-0.5 text-xs" : "px-3 py-1.5 text-sm",
        )}
      >
        {buttonText ?? t("fileField.choose")}
      </button>
      {showStatus && (
        <span id={statusId} aria-live="polite" className="min-w-0 text-sm break-all text-slate-700">
          {chosen || t("fileField.none")}
        </span>
      )}
    </div>
  );
}

/** A labelled file field in the form's frame (label, hint, the server's error). */
export function FileField({ name, label, hint, required, className, ...input }: Base & Omit<PickerProps, "name" | "id">) {
  const { id, errorText } = useField(name);
  return (
    <Wrapper {...{ id, name, label, hint, required, errorText, className }}>
      <FilePicker
        {...input}
        id={id}
        name={name}
        required={required}
        aria-required={required}
        aria-invalid={!!errorText}
        aria-describedby={describedBy(id, hint, errorText)}
        className="mt-1"
      />
    </Wrapper>
  );
}
