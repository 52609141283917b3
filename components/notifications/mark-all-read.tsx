"use client";

import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { Button } from "@/components/ui/button";
import { ActionAlert, useAction } from "@/components/ui/use-action";

// Marks read what the page showed (up to its newest entry): one that arrived since stays unread.
export function MarkAllRead({ upTo, label }: { upTo: string; label: string }) {
  const markAll = useAction(markAllNotificationsReadAction);
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" disabled={markAll.pending} onClick={() => markAll.run({ upTo })}>
        {label}
      </Button>
      <ActionAlert state={markAll} />
    </div>
  );
}
