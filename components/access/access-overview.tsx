import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import type { TLastAuthorization } from "@/lib/platform/auth/last-authorization";
import type { TPortalRight } from "./portal-rights-list";

type TParty = TLastAuthorization["parties"][number];

/**
 * What the latest login said, case by case: no organisation at all (which rights to ask for, then log in again and
 * pick the organisation); per organisation the token named: a member (its role, and which right a higher one takes),
 * not set up yet (a person with the admin right must log in first), or none of the portal's rights for it.
 */
export async function AccessOverview(props: { last: TLastAuthorization | null; rights: TPortalRight[] }) {
  const t = await getTranslations("altinnAccess");
  const format = await getFormatter();
  if (!props.last) {
    return (
      <Notice role="alert" data-testid="access-diagnosis">
        {t("noRecord")}{" "}
        <Link href="/signin" className="underline">
          {t("logInAgain")}
        </Link>
      </Notice>
    );
  }
  const at = format.dateTime(new Date(props.last.at), { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("latestLogin", { at })}</p>
      {props.last.parties.length === 0 ? (
        <Section headingId="no-organisation" title={t("noOrganisation.title")} className="space-y-2">
          <Notice role="alert" data-testid="access-diagnosis">
            {t("noOrganisation.text")}
          </Notice>
          <p>{t("noOrganisation.then")}</p>
        </Section>
      ) : (
        <Section headingId="parties" title={t("parties.title")} card className="space-y-2">
          <ul className="space-y-2" data-testid="access-diagnosis">
            {props.last.parties.map((party) => (
              <li key={party.orgNumber}>
                <PartyLine party={party} rights={props.rights} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {props.last.unknownResources.length > 0 && (
        <p className="text-slate-700">{t("unknownResources", { resources: props.last.unknownResources.join(", ") })}</p>
      )}
    </div>
  );
}

async function PartyLine({ party, rights }: { party: TParty; rights: TPortalRight[] }) {
  const t = await getTranslations("altinnAccess.party");
  const tRoles = await getTranslations("layout.roles");
  const idOf = (role: TPortalRight["role"]) => rights.find((right) => right.role === role)?.id ?? "";
  const names = { name: party.name, orgNumber: party.orgNumber, admin: idOf("ADMIN"), write: idOf("EDITOR") };
  if (party.outcome === "notSetUp") return <p>{t("notSetUp", names)}</p>;
  if (party.outcome === "noPortalRight" || !party.role) return <p>{t("noPortalRight", names)}</p>;
  const next = party.role === "VIEWER" ? "needsWrite" : party.role === "EDITOR" ? "needsAdmin" : undefined;
  return (
    <p>
      {t("member", { ...names, role: tRoles(party.role), resources: party.resources.join(", ") })}{" "}
      {next && t(next, names)}{" "}
      <Link href={`/orgs/${party.orgNumber}`} className="underline">
        {t("open", { name: party.name })}
      </Link>
    </p>
  );
}
