import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import type { TAdoptableKind, TAdoptionInventory, TSection } from "@/lib/adoption/adoptable";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { AdoptTable, type TAdoptRow } from "./adopt-table";
import { PolicySummary } from "./policy-summary";

type TProps = { orgNumber: string; environment: TUpstreamEnvironment; canAdopt: boolean };

/** One kind: its table, or that upstream could not be read (saying which upstream and why), or that there is none. */
async function KindSection<T>(
  props: TProps & {
    kind: TAdoptableKind;
    section: TSection<T>;
    upstream: "maskinporten" | "registry";
    columns: string[];
    row: (item: T) => TAdoptRow | Promise<TAdoptRow>;
  },
) {
  const t = await getTranslations("adoption");
  const headingId = `adopt-${props.kind}`;
  const title = t(`kinds.${props.kind}.title`);
  const { items, error } = props.section;
  return (
    <Section headingId={headingId} title={title} className="space-y-3" data-testid={headingId}>
      {error !== undefined ? (
        <Notice role="alert">{t("readError", { upstream: t(`upstream.${props.upstream}`), error })}</Notice>
      ) : (
        <AdoptTable
          orgNumber={props.orgNumber}
          environment={props.environment}
          kind={props.kind}
          caption={title}
          columns={props.columns}
          rows={await Promise.all(items.map(props.row))}
          emptyText={t(`kinds.${props.kind}.empty`)}
          canAdopt={props.canAdopt}
        />
      )}
    </Section>
  );
}

const list = (values: string[], none: string) => (values.length ? values.join(", ") : none);

/** Every kind the organisation has upstream, each its own table. */
export async function AdoptionSections(props: TProps & { inventory: TAdoptionInventory }) {
  const t = await getTranslations("adoption");
  const c = (key: string) => t(`columns.${key}` as "columns.name");
  const { scopes, resources, accessLists, clients } = props.inventory;
  const none = t("none");
  return (
    <>
      {scopes && (
        <KindSection
          {...props}
          kind="scope"
          section={scopes}
          upstream="maskinporten"
          columns={[c("name"), c("description"), c("consumers")]}
          row={(scope) => ({ key: scope.key, cells: [scope.name, scope.description, list(scope.consumers, none)] })}
        />
      )}
      {resources && (
        <KindSection
          {...props}
          kind="resource"
          section={resources}
          upstream="registry"
          columns={[c("identifier"), c("title"), c("version"), c("policy"), c("problems")]}
          row={async (resource) => ({
            key: resource.key,
            cells: [
              resource.identifier,
              resource.title,
              resource.registryVersion ?? none,
              <PolicySummary key="policy" resource={resource} />,
              t("problemCount", { count: resource.problems.length }),
            ],
          })}
        />
      )}
      {accessLists && (
        <>
          <p className="text-sm text-slate-600">{t("orderHint")}</p>
          <KindSection
            {...props}
            kind="accessList"
            section={accessLists}
            upstream="registry"
            columns={[c("identifier"), c("name"), c("members"), c("connections")]}
            row={(accessList) => ({
              key: accessList.key,
              cells: [
                accessList.identifier,
                accessList.name,
                accessList.memberCount,
                list(
                  accessList.connections.map(
                    (connection) =>
                      `${connection.resourceIdentifier} (${t(connection.inPortal ? "inPortalMark" : "notInPortalMark")})`,
                  ),
                  none,
                ),
              ],
            })}
          />
        </>
      )}
      <KindSection
        {...props}
        kind="client"
        section={clients}
        upstream="maskinporten"
        columns={[c("clientId"), c("name"), c("scopes"), c("keys")]}
        row={(client) => ({
          key: client.key,
          cells: [client.clientId, client.name, list(client.scopes, none), list(client.kids, none)],
        })}
      />
    </>
  );
}
