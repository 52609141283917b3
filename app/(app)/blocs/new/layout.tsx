import { ClientMessages } from "@/components/i18n/client-messages";

// The messages this page's client components read and its action answers with (see lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={[]} errorsOf={["blocs", "removal", "sessions", "yearCopy"]}>
      {children}
    </ClientMessages>
  );
}
