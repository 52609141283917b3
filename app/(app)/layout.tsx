import { requireSession } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/layout/app-shell";
import { MustChangePassword } from "@/components/users/must-change-password";

// A password the administrator chose is changed before anything else: every page shows the form instead.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  const content = session.mustChangePassword ? (
    <ClientMessages namespaces={["users"]} errorsOf={["accounts", "removal", "sessions"]}>
      <MustChangePassword />
    </ClientMessages>
  ) : (
    children
  );
  return <AppShell session={session}>{content}</AppShell>;
}
