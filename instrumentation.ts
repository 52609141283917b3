import { noteRenderError } from "@/lib/page-cache/render-errors";

// Next calls this for every error thrown while handling a request (rendering included).
export function onRequestError(): void {
  noteRenderError();
}
