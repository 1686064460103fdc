import { z } from "zod";

// One entry of Altinn's consent template catalogue, `consent_templates.json` in Altinn/altinn-studio-docs
// (content/authorization/architecture/resourceregistry/). The shape follows Altinn's own readers:
// altinn-authorization-tmp, AccessManagement.Core/Models/Consent/ConsentTemplate.cs and ConsentTemplateTexts.cs,
// and altinn-studio, Designer/Models/ConsentTemplate.cs. No `server-only`: the editor and its preview use the type.

const ZTexts = z.object({ nb: z.string().default(""), nn: z.string().default(""), en: z.string().default("") });
const EMPTY = { nb: "", nn: "", en: "" };
/** A text that differs for a person (`person`) and for an organisation (`org`) giving consent. */
const ZPartyTexts = z.object({ person: ZTexts, org: ZTexts });
const EMPTY_PARTY = { person: EMPTY, org: EMPTY };

// C# reads every text as optional (nullable properties); a missing one is an empty text here, not a refusal.
const ZTemplateTexts = z.object({
  title: ZPartyTexts.nullish().transform((v) => v ?? EMPTY_PARTY),
  heading: ZPartyTexts.nullish().transform((v) => v ?? EMPTY_PARTY),
  serviceIntro: ZPartyTexts.nullish().transform((v) => v ?? EMPTY_PARTY),
  /** The text shown instead of the consumer's request message (templates with `isMessageSetInRequest: false`). */
  overriddenDelegationContext: ZTexts.nullish().transform((v) => v ?? null),
  expiration: ZTexts.nullish().transform((v) => v ?? EMPTY),
  expirationOneTime: ZTexts.nullish().transform((v) => v ?? EMPTY),
  serviceIntroAccepted: ZPartyTexts.nullish().transform((v) => v ?? EMPTY_PARTY),
  handledBy: ZTexts.nullish().transform((v) => v ?? EMPTY),
  historyUsedBody: ZTexts.nullish().transform((v) => v ?? EMPTY),
  historyUsedByHandledByBody: ZTexts.nullish().transform((v) => v ?? EMPTY),
});

export const ZConsentTemplate = z
  .object({
    id: z.string().trim().min(1),
    /** The live file calls it `templateVersion`; Altinn's C# model and Studio's tests call it `version`. */
    templateVersion: z.number().int().nullish(),
    version: z.number().int().nullish(),
    title: z.string().default(""),
    isPoa: z.boolean().default(false),
    isMessageSetInRequest: z.boolean().default(false),
    /**
     * Studio offers only active templates (altinn-studio ResourceRegistryService.cs GetConsentTemplates filters
     * `t.IsActive`). The catalogue Altinn's AccessManagement reads has no such field yet: absent means active.
     */
    isActive: z.boolean().nullish(),
    /** Only these service owners (org codes) may use the template; null or empty: everyone. */
    restrictedToServiceOwners: z.array(z.string()).nullish(),
    texts: ZTemplateTexts,
  })
  .transform(({ templateVersion, version, isActive, restrictedToServiceOwners, ...template }) => ({
    ...template,
    version: templateVersion ?? version ?? null,
    isActive: isActive !== false,
    restrictedToServiceOwners: restrictedToServiceOwners?.length ? restrictedToServiceOwners : null,
  }));

export type TConsentTemplate = z.output<typeof ZConsentTemplate>;
export type TConsentTemplateTexts = TConsentTemplate["texts"];

/**
 * The catalogue: the templates that parse. One malformed entry must not hide the others (Altinn would fail the whole
 * file; the portal keeps what it can read and names what it skipped).
 */
export function parseConsentTemplates(entries: unknown[]): { templates: TConsentTemplate[]; skipped: number[] } {
  const templates: TConsentTemplate[] = [];
  const skipped: number[] = [];
  entries.forEach((entry, index) => {
    const parsed = ZConsentTemplate.safeParse(entry);
    if (parsed.success) templates.push(parsed.data);
    else skipped.push(index);
  });
  return { templates, skipped };
}
