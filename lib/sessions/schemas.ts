import { z } from "zod";
import { id } from "@/lib/validation/fields";

export const endOwnSessionSchema = z.object({ id: id() });
export const endOtherSessionsSchema = z.object({ keep: id() });
export const endUserSessionsSchema = z.object({ userId: id() });
