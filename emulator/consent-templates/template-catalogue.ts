import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EnvironmentVariables } from "../route-group";
import { BUILTIN_CONSENT_TEMPLATES } from "./builtin-templates";

/**
 * The consent template catalogue. Altinn reads it live from the raw file
 * content/authorization/architecture/resourceregistry/consent_templates.json in Altinn/altinn-studio-docs
 * (Altinn/altinn-authorization-tmp .../Integration/Clients/ResourceRegistryClient.cs, GetConsentTemplates), and so
 * does Altinn Studio. The emulator loads it once at start from EMULATOR_CONSENT_TEMPLATES_FILE, by default the copy in
 * ../shared/realdata beside the repository; without that default file (or with the value "builtin") it uses its own
 * BUILTIN_CONSENT_TEMPLATES. A file named in the variable that does not exist stops the emulator.
 */
export interface LocalText {
  nb: string;
  nn: string;
  en: string;
}

export interface PartyTexts {
  person: LocalText;
  org: LocalText;
}

export interface ConsentTemplate {
  id: string;
  /** The live file's version field. */
  templateVersion: number;
  /** The field Altinn's ConsentTemplate model actually binds (`Version`); absent from today's file. */
  version?: number;
  title: string;
  isPoa: boolean;
  isMessageSetInRequest: boolean;
  restrictedToServiceOwners: string[] | null;
  texts: {
    title: PartyTexts;
    heading: PartyTexts;
    serviceIntro: PartyTexts;
    overriddenDelegationContext: LocalText | null;
    expiration: LocalText;
    expirationOneTime: LocalText;
    serviceIntroAccepted: PartyTexts;
    handledBy: LocalText;
    historyUsedBody: LocalText;
    historyUsedByHandledByBody: LocalText;
  };
}

export interface ConsentTemplateCatalogue {
  templates: ConsentTemplate[];
  /** The file it came from, or "builtin". */
  source: string;
}

const REPOSITORY_ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
export const DEFAULT_TEMPLATES_FILE = path.resolve(
  REPOSITORY_ROOT,
  "../shared/realdata/consent_templates.authz-test.json",
);

function checkTemplate(entry: unknown, index: number, file: string): ConsentTemplate {
  const where = `EMULATOR_CONSENT_TEMPLATES_FILE (${file}) entry ${index}`;
  if (typeof entry !== "object" || entry === null) throw new Error(`${where} is not an object`);
  const template = entry as Record<string, unknown>;
  if (typeof template.id !== "string" || !template.id) throw new Error(`${where} has no id`);
  if (typeof template.texts !== "object" || template.texts === null)
    throw new Error(`${where} (${template.id}) has no texts`);
  for (const flag of ["isPoa", "isMessageSetInRequest"]) {
    if (typeof template[flag] !== "boolean") throw new Error(`${where} (${template.id}) has no boolean ${flag}`);
  }
  // The studio-docs file carries templateVersion (1 today); the authorization test copy does not.
  return {
    ...(template as unknown as ConsentTemplate),
    templateVersion: typeof template.templateVersion === "number" ? template.templateVersion : 1,
  };
}

/** Reads the catalogue; a file that exists but cannot be used stops the emulator with a message naming the variable. */
export function loadConsentTemplates(env: EnvironmentVariables): ConsentTemplateCatalogue {
  if (env.EMULATOR_CONSENT_TEMPLATES_FILE === "builtin")
    return { templates: BUILTIN_CONSENT_TEMPLATES, source: "builtin" };
  const file = env.EMULATOR_CONSENT_TEMPLATES_FILE || DEFAULT_TEMPLATES_FILE;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    if (env.EMULATOR_CONSENT_TEMPLATES_FILE) throw new Error(`EMULATOR_CONSENT_TEMPLATES_FILE: ${file} does not exist`);
    return { templates: BUILTIN_CONSENT_TEMPLATES, source: "builtin" };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new Error(`EMULATOR_CONSENT_TEMPLATES_FILE: ${file} is not valid JSON`);
  }
  if (!Array.isArray(parsed))
    throw new Error(`EMULATOR_CONSENT_TEMPLATES_FILE: ${file} is not a JSON array of templates`);
  return { templates: parsed.map((entry, index) => checkTemplate(entry, index, file)), source: file };
}

/** GetConsentTemplate: the first template whose id matches, ignoring case. */
export function findConsentTemplate(
  catalogue: ConsentTemplateCatalogue,
  id: string | null | undefined,
): ConsentTemplate | undefined {
  if (!id) return undefined;
  return catalogue.templates.find((template) => template.id.toLowerCase() === id.toLowerCase());
}
