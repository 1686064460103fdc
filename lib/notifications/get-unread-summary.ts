import "server-only";
import { countUnreadNotifications } from "./list-notifications";

export type TUnreadSummary = {
  /** Unread notifications over all the user's organisations. */
  total: number;
  /** Where the indicator leads: the first organisation with unread ones, else the first. */
  orgNumber: string;
};

/** What the header's notifications indicator shows; null for a user without organisations (nothing to show). */
export async function getUnreadSummary(options: { userId: string }): Promise<TUnreadSummary | null> {
  const counts = await countUnreadNotifications(options);
  const target = counts.find((count) => count.unread > 0) ?? counts[0];
  if (!target) return null;
  return { total: counts.reduce((sum, count) => sum + count.unread, 0), orgNumber: target.orgNumber };
}
