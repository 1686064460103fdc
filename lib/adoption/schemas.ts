import { z } from "zod";
import type { TDefinitionProblem } from "@/lib/consent-resources/definition-problems";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { ADOPTABLE_KINDS } from "./adoptable";

/** Objects of one kind to adopt, named as upstream names them (scope name, identifier, client id). */
export const ZAdoptSelected = z.object({
  orgNumber: z.string(),
  environment: ZEnvironmentParam,
  kind: z.enum(ADOPTABLE_KINDS),
  keys: z.array(z.string().min(1).max(300)).min(1).max(200),
});
export type TAdoptSelected = z.output<typeof ZAdoptSelected>;

/** Why a selected object was not read: the portal has it by now, or upstream no longer does. */
export type TMissingReason = "inPortal" | "notUpstream";

/** An adopted object; a consent resource with the problems to fix before the portal publishes it again. */
export type TAdoptedObject = { key: string; id: string; problems: TDefinitionProblem[] };

/** What one "Adopt selected" did: each object adopted in its own audited transaction, or why it was not. */
export type TAdoptionOutcome = {
  adopted: TAdoptedObject[];
  failed: { key: string; message: string | null; reason?: TMissingReason }[];
};
