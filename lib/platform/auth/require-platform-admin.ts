import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "./get-session-user";

/** For pages under /admin: platform administrators only; everyone else gets a 404. */
export async function requirePlatformAdmin() {
  const user = await getSessionUser();
  if (!user) redirect("/signin?callbackUrl=%2Fadmin");
  if (!user.isPlatformAdmin) notFound();
  return user;
}
