import { cn } from "@/components/ui/cn";

/** A text input, select or textarea as every form draws it; the full column wide unless told. */
export function controlClass(width = "w-full") {
  return cn(
    "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-[invalid=true]:border-brand-600",
    width,
  );
}
