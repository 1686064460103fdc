import "server-only";
import { getConsentTemplate } from "@/lib/consent-templates/get-consent-template";
import { logger } from "@/lib/platform/logger";

/**
 * Whether a consent template shows the consumer's `requestMessage` (`isMessageSetInRequest` in Altinn's catalogue;
 * `sblanesoknad` shows a fixed text instead). When the catalogue cannot say (unreadable, or the id unknown to it),
 * the kit offers the message: Altinn does not refuse one, it only leaves it unshown.
 */
export async function templateUsesRequestMessage(templateId: string): Promise<boolean> {
  try {
    return (await getConsentTemplate(templateId))?.isMessageSetInRequest ?? true;
  } catch (error) {
    logger.warn({ err: error, templateId }, "consent template catalogue unavailable; offering requestMessage");
    return true;
  }
}
