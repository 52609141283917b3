"use client";

import { createContext, useContext } from "react";
import type { FieldError } from "@/lib/actions/result";

export type FormState = { errors?: Record<string, FieldError>; pending: boolean };

export const FormContext = createContext<FormState>({ pending: false });

export function useFormState() {
  return useContext(FormContext);
}
