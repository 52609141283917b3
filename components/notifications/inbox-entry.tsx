"use client";

import { useRouter } from "next/navigation";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { cn } from "@/components/ui/cn";
import { ActionAlert, useAction } from "@/components/ui/use-action";

type Props = { id: string; link: string; unread: boolean; title: string; children: React.ReactNode };

// An inbox entry: following it marks it read, then opens its place. The href is real, so a new tab or a
// copied link still works (unread then until the inbox's own button is used).
export function InboxEntry({ id, link, unread, title, children }: Props) {
  const router = useRouter();
  // Marked read, then opened; a refusal is said under the entry, whose link still works.
  const mark = useAction(markNotificationReadAction, { redirectTo: link });
  function open(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (unread) mark.run({ id });
    else router.push(link);
  }
  return (
    <>
      <a href={link} onClick={open} aria-busy={mark.pending} className={cn("block min-w-0 rounded-md p-3 hover:bg-slate-50", unread && "bg-sky-50/60")}>
        <span className={cn("block break-words text-sm text-slate-900", unread ? "font-semibold" : "font-medium")}>{title}</span>
        {children}
      </a>
      <ActionAlert state={mark} inline />
    </>
  );
}
