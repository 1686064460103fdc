import "server-only";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { db } from "@/lib/platform/db/prisma";
import { consumeRateLimit } from "@/lib/platform/rate-limit/consume-rate-limit";
import { createRouteClient } from "./route-client";

/** The route client every route handler that reads or changes organisation data is built with. */
export const { orgRoute, platformRoute } = createRouteClient({
  db,
  getUser: getSessionUser,
  rateLimit: consumeRateLimit,
});
