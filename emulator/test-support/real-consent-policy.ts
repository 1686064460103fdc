import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** ../shared/realdata beside the repository: real Altinn files, read at run time (never copied into the repository). */
export const REALDATA = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../shared/realdata");

/**
 * A real consent policy from Altinn's PDP test data, renamed for a test resource:
 * - "open": policy.ske-samtykke-sbl-summert-skattegrunnlag.xml, where organisations (urn:altinn:partytype) may request consent;
 * - "access-list": policy.samtykkeressurs-med-tilgangsliste.xml, where members of one access list may, here `listUrnValue`
 *   ({owner}:{list identifier}).
 */
export function realConsentPolicy(kind: "open" | "access-list", resourceId: string, listUrnValue = ""): string {
  if (kind === "open") {
    return readFileSync(path.join(REALDATA, "policy.ske-samtykke-sbl-summert-skattegrunnlag.xml"), "utf8").replaceAll(
      "ske-samtykke-sbl-summert-skattegrunnlag",
      resourceId,
    );
  }
  return readFileSync(path.join(REALDATA, "policy.samtykkeressurs-med-tilgangsliste.xml"), "utf8")
    .replaceAll("samtykkeressurs-med-tilgangsliste", resourceId)
    .replaceAll("ttd:martins-restriktive-liste", listUrnValue);
}
