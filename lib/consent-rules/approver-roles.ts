// The role codes a service owner may name as approvers (`urn:altinn:rolecode` = code), with their names in nb/nn/en.
// Source of truth: Altinn/altinn-authorization-tmp
// src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.PersistenceEF/Constants/RoleConstants.cs: roles with
// `IsAvailableForServiceOwners = true` that have a role code (their `Urn` or `LegacyUrn` is `urn:altinn:rolecode:*`).
// Roles whose provider is `Altinn2` are Altinn 2 roles: DOMAIN.md ("Approvers") and Altinn Studio's policy editor warn
// that they stop working on 31.12.2026; the Enhetsregisteret roles (dagl, ...) and priv do not.

import { lookupByCode, namesOf, type TNames } from "./coded-names";

/** The day after which Altinn 2 role codes no longer give anyone a right (DOMAIN.md). */
export const ALTINN2_ROLES_END = "2026-12-31";

export type TApproverRole = { code: string; altinn2: boolean; name: TNames };

type TRow = [code: string, altinn2: boolean, nb: string, nn: string, en: string];

// prettier-ignore
const ROWS: TRow[] = [
  ["priv", false, "Privatperson", "Privatperson", "Private person"],
  ["seln", false, "Selvregistrert bruker", "Sjølregistrert brukar", "Self registered user"],
  ["nest", false, "Nestleder", "Nestleiar", "Deputy Leader"],
  ["dagl", false, "Daglig leder", "Dagleg leiar", "Managing Director"],
  ["dtpr", false, "Deltaker delt ansvar", "Deltakar delt ansvar", "Participant with Shared Responsibility"],
  ["innh", false, "Innehaver", "Innehavar", "Owner"],
  ["dtso", false, "Deltaker fullt ansvar", "Deltakar fullt ansvar", "Participant with Full Responsibility"],
  ["medl", false, "Styremedlem", "Styremedlem", "Board Member"],
  ["lede", false, "Styrets leder", "Styrets leiar", "Chair of the Board"],
  ["repr", false, "Norsk representant for utenlandsk enhet", "Norsk representant for utanlandsk eining", "Norwegian Representative for a Foreign Entity"],
  ["kont", false, "Kontaktperson", "Kontaktperson", "Contact Person"],
  ["knuf", false, "Kontaktperson NUF", "Kontaktperson NUF", "Contact Person NUF"],
  ["best", false, "Bestyrende reder", "Bestyrande reder", "Managing Shipowner"],
  ["bobe", false, "Bobestyrer", "Bobestyrar", "Estate Administrator"],
  ["revi", false, "Revisor", "Revisor", "Auditor"],
  ["ffør", false, "Forretningsfører", "Forretningsførar", "Business Manager"],
  ["komp", false, "Komplementar", "Komplementar", "General Partner"],
  ["regn", false, "Regnskapsfører", "Reknskapsførar", "Accountant"],
  ["sign", false, "Signatur", "Signatur", "Signatory"],
  ["komk", false, "Kontaktperson i kommune", "Kontaktperson i kommune", "Contact person in municipality"],
  ["kemn", false, "Kontaktperson i Ad", "Kontaktperson i Ad", "Contact person in administrative unit"],
  ["a0212", true, "Primærnæring og næringsmiddel", "Primærnæring og næringsmiddel", "Primary industry and foodstuff"],
  ["a0236", true, "Post/arkiv", "Post/arkiv", "Mail/archive"],
  ["a0237", true, "Ansvarlig revisor", "Ansvarleg revisor", "Auditor in charge"],
  ["a0238", true, "Revisormedarbeider", "Revisormedarbeidar", "Assistant auditor"],
  ["a0239", true, "Regnskapsfører med signeringsrettighet", "Rekneskapsførar med signeringsrett", "Accountant with signing rights"],
  ["a0240", true, "Regnskapsfører uten signeringsrettighet", "Rekneskapsførar utan signeringsrett", "Accountant without signing rights"],
  ["a0241", true, "Regnskapsfører lønn", "Rekneskapsførar løn", "Accountant salary"],
  ["a0278", true, "Plan- og byggesak", "Plan- og byggesak", "Planning and construction"],
  ["apiadm", true, "Programmeringsgrensesnitt (API)", "Programmeringsgrensesnitt (API)", "Application Programming Interface (API)"],
  ["a0286", true, "Taushetsbelagt post", "Taushetslagd post", "Confidential information"],
  ["a0287", true, "Taushetsbelagt post - oppvekst og utdanning", "Taushetslagd post - oppvekst og utdanning", "Confidential - education"],
  ["a0288", true, "Taushetsbelagt post - administrasjon", "Taushetslagd post - administrasjon", "Conficential - administration"],
  ["a0293", true, "Algetestdata", "Algetestdata", "Algea test data"],
  ["a0294", true, "Transportløyvegaranti", "Transportløyvegaranti", "Transport permit guarantee"],
  ["a0298", true, "Revisorattesterer", "Revisorattesterar", "Auditor certifier"],
  ["apiadmnuf", true, "Programmeringsgrensesnitt for NUF (API)", "Programmeringsgrensesnitt for NUF (API)", "Application Programming Interface for NUF (API)"],
  ["attst", true, "Revisorattesterer - MVA kompensasjon", "Revisorattesterar - MVA kompensasjon", "Auditor certifies validity of VAT compensation"],
  ["bobel", true, "Konkursbo lesetilgang", "Konkursbu lesetilgang", "Bankruptcy read"],
  ["bobes", true, "Konkursbo skrivetilgang", "Konkursbu skrivetilgang", "Bankruptcy write"],
  ["hvask", true, "Økokrim rapportering", "Økokrim rapportering", "Økokrim reporting"],
  ["komab", true, "Kommunale tjenester", "Kommunale tenester", "Municipal services"],
  ["loper", true, "Lønn og personalmedarbeider", "Løn og personalmedarbeidar", "Salaries and personnel employee"],
  ["pavad", true, "Patent, varemerke og design", "Patent, varemerke og design", "Patents, trademarks and design"],
  ["priut", true, "Privatperson begrensede rettigheter", "Privatperson avgrensa retter", "Limited rights for an individual"],
  ["regna", true, "Regnskapsmedarbeider", "Rekneskapsmedarbeidar", "Accounting employee"],
  ["revai", true, "Revisorrettighet", "Revisorrett", "Auditor's rights"],
  ["signe", true, "Signerer av Samordnet registermelding", "Signerar av Samordna registermelding", "Signer of Coordinated register notification"],
  ["siskd", true, "Begrenset signeringsrettighet", "Avgrensa signeringsrett", "Limited signing rights"],
  ["uihtl", true, "Helse-, sosial- og velferdstjenester", "Helse-, sosial- og velferdstenester", "Health-, social- and welfare services"],
  ["uiluf", true, "Samferdsel", "Samferdsel", "Transport"],
  ["utinn", true, "Utfyller/Innsender", "Utfyllar/innsendar", "Reporter/sender"],
  ["utomr", true, "Energi, miljø og klima", "Energi, miljø og klima", "Energy, environment and climate"],
  ["a0282", true, "Skatteforhold for privatpersoner", "Skatteforhold for privatpersonar", "Private tax affairs"],
];

export const APPROVER_ROLE_OPTIONS: readonly TApproverRole[] = ROWS.map(([code, altinn2, ...names]) => ({
  code,
  altinn2,
  name: namesOf(names),
}));
export const approverRole = lookupByCode(APPROVER_ROLE_OPTIONS);
/** Altinn 2 role codes among the given ones (they stop working on ALTINN2_ROLES_END). */
export const altinn2Roles = (codes: readonly string[]) => codes.filter((code) => approverRole(code)?.altinn2);
