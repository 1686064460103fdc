import "server-only";
import { loadConsentTemplates } from "@/lib/consent-templates/consent-templates-client";
import { definitionProblems, type TDefinitionProblem } from "./definition-problems";
import type { TConsentResourceDefinition } from "./resource-definition-schema";

/**
 * The definition's warnings with its consent template checked against Altinn's catalogue (the last good copy when
 * Altinn cannot be reached; not checked when the catalogue has never been read, which `templatesChecked` tells).
 */
export async function loadDefinitionProblems(options: {
  definition: TConsentResourceDefinition;
  ownerOrgCode: string | null;
}): Promise<{ problems: TDefinitionProblem[]; templatesChecked: boolean }> {
  const catalogue = await loadConsentTemplates();
  const problems = definitionProblems(options.definition, {
    templates: catalogue?.templates ?? null,
    ownerOrgCode: options.ownerOrgCode,
  });
  return { problems, templatesChecked: catalogue !== null };
}
