import "server-only";
import type { TSessionUser } from "@/lib/platform/auth/resolve-session";
import { PERSONAL_COPY_MS } from "./personal-page-key";
import { allowPersonalCopy } from "./render-scope";

/**
 * The page being rendered for `user` may be kept for them (render-scope.ts) for PERSONAL_COPY_MS, never past the end of
 * their session's absolute lifetime.
 */
export function allowPersonalCopyOfPage(user: Pick<TSessionUser, "sessionExpiresAt">, now = Date.now()): void {
  const ends = user.sessionExpiresAt?.getTime() ?? now;
  allowPersonalCopy(Math.min(now + PERSONAL_COPY_MS, ends));
}
