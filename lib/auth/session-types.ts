import type { Role } from "@/lib/generated/prisma/enums";

export type AppSession = {
  userId: string;
  username: string;
  name: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  isUnitHead: boolean;
  // Board staff: every bloc, or only the assigned ones.
  allBlocs: boolean;
  assignedBlocIds: string[];
  // The administrator chose the password: every page sends the user to choose their own first.
  mustChangePassword?: boolean;
  // The server-side session of this request (lib/sessions); absent for actors built outside a request.
  sessionId?: string;
};
