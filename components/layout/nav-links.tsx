"use client";

import { useState } from "react";
import { ChevronDown } from "lucide-react";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export type NavItem = { href: string; label: string };

// Up to this many items wrap into two rows on a phone and stay in sight; more (the board's and the
// administrator's ten) pushed every page's content a third of the screen down, so they fold
// behind a button naming the page one is on.
const ALWAYS_SHOWN = 4;

export function NavLinks({ items, menuLabel }: { items: NavItem[]; menuLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState<string | null>(null);
  const isActive = (item: NavItem) => (item.href === "/" ? pathname === "/" : pathname.startsWith(item.href));
  const folds = items.length > ALWAYS_SHOWN;
  // Open for the page it was opened on: following a link closes it.
  const shown = !folds || open === pathname;
  const current = items.find(isActive);
  return (
    <>
      {folds && (
        <button
          type="button"
          aria-expanded={shown}
          aria-controls="nav-links"
          onClick={() => setOpen(shown ? null : pathname)}
          className="flex w-full items-center justify-between rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 md:hidden"
        >
          <span>
            {menuLabel}
            {current && <span className="font-normal text-slate-600"> · {current.label}</span>}
          </span>
          <ChevronDown aria-hidden className={cn("h-4 w-4 transition-transform", shown && "rotate-180")} />
        </button>
      )}
      {/* Wraps on a phone rather than scroll: every item stays in sight (docs/conventions.md, "Layout"). */}
      <ul id="nav-links" className={cn("flex-wrap gap-1 md:flex md:flex-col", shown ? "flex" : "hidden", folds && "mt-1 md:mt-0")}>
        {items.map((item) => {
          const active = isActive(item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium",
                  active ? "bg-sky-100 text-sky-900" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
