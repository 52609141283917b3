"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

// Marks read what the page showed (up to its newest entry): one that arrived since stays unread.
export function MarkAllRead({ upTo, label }: { upTo: string; label: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllNotificationsReadAction({ upTo });
            if (!result.ok) return setError(t(result.error, result.params));
            setError(null);
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
