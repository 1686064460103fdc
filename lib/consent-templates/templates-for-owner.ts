import type { TConsentTemplate } from "./consent-template-schema";

// Which templates a service owner may choose, as Altinn Studio decides it (altinn-studio,
// src/Designer/backend/src/Designer/Services/Implementation/ResourceRegistryService.cs, GetConsentTemplates):
// active, and either unrestricted or restricted to owners that include the org code (compared ignoring case).

export function isTemplateAllowedFor(template: TConsentTemplate, orgCode: string | null | undefined): boolean {
  const restricted = template.restrictedToServiceOwners;
  if (!restricted) return true;
  const code = orgCode?.toLowerCase();
  return code !== undefined && restricted.some((owner) => owner.toLowerCase() === code);
}

export function templatesForOwner(
  templates: TConsentTemplate[],
  orgCode: string | null | undefined,
): TConsentTemplate[] {
  return templates.filter((template) => template.isActive && isTemplateAllowedFor(template, orgCode));
}

/** The template with this id; Altinn looks ids up ignoring case (ResourceRegistryClient.cs GetConsentTemplate). */
export function findTemplate(
  templates: TConsentTemplate[],
  id: string | null | undefined,
): TConsentTemplate | undefined {
  const wanted = id?.trim().toLowerCase();
  return wanted ? templates.find((template) => template.id.toLowerCase() === wanted) : undefined;
}
