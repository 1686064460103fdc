import "server-only";
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { db } from "@/lib/platform/db/prisma";
import { consumeRateLimit } from "@/lib/platform/rate-limit/consume-rate-limit";
import { createActionClient } from "./action-client";

/** The action client every server action in the portal is built with. */
export const { authAction, orgAction, platformAction } = createActionClient({
  db,
  getUser: getSessionUser,
  rateLimit: consumeRateLimit,
  revalidate: (path) => revalidatePath(path),
});
