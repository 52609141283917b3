import { dayOf, startOfVietnamDay } from "@/lib/format/vi";

/**
 * Days left before a deadline as a clerk counts them: calendar days in Vietnam from today to the
 * deadline's day, 0 on that day itself and once it has passed. The to-do list, the board's
 * dashboard and the reminders all count this way, so a deadline never reads "8 days" in one
 * place and "7 days" in another.
 */
export function daysLeft(deadline: Date, now: Date): number {
  const days = (startOfVietnamDay(dayOf(deadline)!).getTime() - startOfVietnamDay(dayOf(now)!).getTime()) / 86_400_000;
  return Math.max(0, Math.round(days));
}
