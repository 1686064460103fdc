import { sendJson } from "../http-helpers";
import type { RouteGroup } from "../route-group";
import { orgNumberOfCode } from "./org-register";

/**
 * Altinn's service-owner list (Altinn/altinn-cdn `orgs/altinn-orgs.json`, same shape: `{orgs: {code: {name: {en, nb,
 * nn}, logo, orgnr, homepage, environments}}}`), with the emulator's service owners only.
 */
const NAMES: Readonly<Record<string, { en: string; nb: string; nn: string }>> = {
  skd: { en: "Norwegian Tax Administration", nb: "Skatteetaten", nn: "Skatteetaten" },
  digdir: {
    en: "Norwegian Digitalisation Agency",
    nb: "Digitaliseringsdirektoratet",
    nn: "Digitaliseringsdirektoratet",
  },
  nav: {
    en: "Norwegian Labour and Welfare Administration",
    nb: "Arbeids- og velferdsetaten",
    nn: "Arbeids- og velferdsetaten",
  },
  stami: {
    en: "The National Institute of Occupational Health",
    nb: "Statens arbeidsmiljøinstitutt",
    nn: "Statens arbeidsmiljøinstitutt",
  },
  ttd: { en: "Test Ministry", nb: "Testdepartementet", nn: "Testdepartementet" },
};

function serviceOwners() {
  const orgs = Object.fromEntries(
    Object.entries(NAMES).map(([code, name]) => [
      code,
      { name, logo: "", orgnr: orgNumberOfCode(code) ?? "", homepage: "", environments: ["tt02", "production"] },
    ]),
  );
  return { orgs };
}

export function altinnOrgsRoutes(): RouteGroup {
  return {
    prefix: "/orgs",
    handle(req, res) {
      const path = (req.url ?? "/").split("?")[0];
      if (path === "/altinn-orgs.json" && (req.method === "GET" || req.method === "HEAD"))
        return sendJson(res, 200, serviceOwners());
      sendJson(res, 404, { error: "not_found" });
    },
  };
}
