import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

// The header's bell: the caller's unread count (one indexed count per page, lib/notifications/queries.ts), linking to the inbox.
export async function NotificationBell({ count }: { count: number }) {
  const t = await getTranslations("notifications");
  const shown = count > 99 ? "99+" : String(count);
  return (
    <Link
      href="/thong-bao"
      aria-label={`${t("bell.label")}: ${t("bell.unread", { count })}`}
      title={t("bell.unread", { count })}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-white hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span
          data-testid="notification-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-amber-400 px-1 text-center text-xs font-bold leading-5 text-slate-900"
        >
          {shown}
        </span>
      )}
    </Link>
  );
}
