import { log } from "@/lib/log/logger";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { JobRunner } from "@/lib/jobs/runner";
import { runningJobRunner, setRunningJobRunner } from "@/lib/jobs/running";
import { JOB_HANDLERS, JOB_SCHEDULES } from "./handlers";

/**
 * Starts this instance's job runner, once per process (hot reload in `npm run dev` imports this
 * again). It uses the app's client and pool, on PostgreSQL and on the embedded database alike.
 */
export function startJobRunner(): void {
  if (runningJobRunner()) return;
  const runner = new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES });
  setRunningJobRunner(runner.start());
  log.info({ scope: "jobs", runner: runner.id }, "job runner started");
}
