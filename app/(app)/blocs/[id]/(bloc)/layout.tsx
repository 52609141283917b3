import { ClientMessages } from "@/components/i18n/client-messages";

// The messages this section's client components read (see lib/i18n/client-messages.ts).
// In a route group, so that it wraps the bloc's own pages, not its years: each section sends its own, and a provider
// above another is sent to the browser in full though only the nearest is read.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["blocs", "library", "regulations", "attachments"]} errorsOf={["removal", "sessions", "yearCopy"]}>
      {children}
    </ClientMessages>
  );
}
