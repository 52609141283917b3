import type { registrationProgress } from "@/lib/registrations/queries";

export type ProgressRow = Awaited<ReturnType<typeof registrationProgress>>[number];
