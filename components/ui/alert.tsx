import { cn } from "@/components/ui/cn";

// role="status" for both tones: Next's route announcer already uses role="alert".
export function Alert({ tone, children }: { tone: "error" | "success" | "info" | "warning"; children: React.ReactNode }) {
  const tones = {
    error: "border-brand-600/40 bg-brand-50 text-brand-900",
    success: "border-emerald-600/40 bg-emerald-50 text-emerald-900",
    info: "border-sky-600/40 bg-sky-50 text-sky-900",
    warning: "border-amber-600/40 bg-amber-50 text-amber-900",
  };
  return (
    <div role="status" aria-live="polite" className={cn("rounded-md border px-3 py-2 text-sm", tones[tone])}>
      {children}
    </div>
  );
}
