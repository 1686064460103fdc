import "server-only";
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { db } from "@/lib/db/prisma";
import { createActionClient } from "./action-client";

/** The action client every server action in the portal is built with. */
export const { authAction, orgAction, platformAction } = createActionClient({
  db,
  getUser: getSessionUser,
  revalidate: (path) => revalidatePath(path),
});
