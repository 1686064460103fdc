import "server-only";
import { upstream } from "@/lib/platform/upstream/upstream-context";

/** What the redirect kit's page needs beside the consumer's typing: the test environment's consent request API. */
export function getRedirectKitPage() {
  return { consentRequestsUrl: upstream().config("test").altinn.consentRequestsUrl };
}
