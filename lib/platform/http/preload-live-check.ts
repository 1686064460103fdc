import "server-only";
import { preload } from "react-dom";

/**
 * Asks the browser to start a live check while it reads the page (issue 17: a live upstream check is never in the page's
 * own render, yet starts before hydration): `<link rel="preload" as="fetch" crossorigin="anonymous">` in the head,
 * which the live query's first ask (`preloadedFrom`, components/ui/first-answer.ts) then takes over. The check is the
 * route's, with the route's own rules (the person's live-check limit, errors as JSON). Returns the URL, for the query.
 */
export function preloadLiveCheck(url: string): string {
  preload(url, { as: "fetch", crossOrigin: "anonymous" });
  return url;
}
