import type { z } from "zod";
import type { ZConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";

/** What the editor's form holds (before zod trims): the definition exactly as the server takes it. */
export type TDefinitionForm = z.input<typeof ZConsentResourceDefinition>;
