import { getTranslations } from "next-intl/server";

/**
 * A registry status in the reader's language. The registry stores free text (ServiceResource.cs), so a status the
 * editor does not know (an adopted resource's) is shown as Altinn has it.
 */
export async function resourceStatusLabel(status: string | null): Promise<string> {
  if (status === null) return "—";
  const t = await getTranslations("consentResources.options.statuses");
  return t.has(status as never) ? t(status as never) : status;
}
