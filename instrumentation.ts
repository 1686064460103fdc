// Runs once when the server starts. The check lives in a Node-only module (it may stop the process).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/platform/config/check-env-at-start");
}

/**
 * Next.js calls this for an error thrown while rendering a page or running a handler (instrumentation's
 * `onRequestError`): a page that showed an error, even in a streamed part, is never kept in memory for its person
 * (lib/platform/cache/render-scope.ts).
 */
export async function onRequestError() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refusePersonalCopy } = await import("./lib/platform/cache/render-scope");
  refusePersonalCopy("error");
}
