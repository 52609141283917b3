import { ClientMessages } from "@/components/i18n/client-messages";

// The messages this section's client components read (see lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["reports", "attachments", "documents"]}>{children}</ClientMessages>;
}
