import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/**
 * Posts to /api/logout, which ends the portal session on the server and the identity provider's session too.
 * "Sign out everywhere" ends every session of the person (other browsers, a copied cookie) the same way.
 */
export async function SignOutButton() {
  const t = await getTranslations("layout");
  return (
    <form method="post" action="/api/logout" className="flex items-center gap-2">
      <Button type="submit">{t("signOut")}</Button>
      <Button type="submit" name="scope" value="everywhere" size="xs" title={t("signOutEverywhereHint")}>
        {t("signOutEverywhere")}
      </Button>
    </form>
  );
}
