import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readCouncilSettings } from "@/lib/council/settings";

/** The council's settings, read once per request. */
export const getCouncilSettings = cache(() => readCouncilSettings(db));
