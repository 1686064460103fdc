import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";
import { TableShell } from "@/components/ui/table-shell";
import type { TComparisonView } from "@/lib/promotion/comparison-view";
import type { TPolicyRules } from "@/lib/promotion/compare-resources";
import type { TCompared } from "@/lib/promotion/promotion-keys";
import { FieldDifferences, PromotionRow, SideSync } from "./promotion-row";

type TRowProps = { canPromote: boolean };
type TSectionProps<K extends keyof TComparisonView> = TRowProps & { objects: TComparisonView[K] };
type TCells = { name: string; test: ReactNode; prod: ReactNode; differences?: ReactNode };

const SECTION_IDS = {
  scopes: "scopes",
  accessLists: "access-lists",
  connections: "connections",
  resources: "resources",
} as const;

/** One kind of object's table, titled by its section's messages: a row per object, its cells from `cells`. */
function ComparisonTable<T extends TCompared>(
  props: TRowProps & { section: keyof typeof SECTION_IDS; objects: readonly T[]; cells: (object: T) => TCells },
) {
  const t = useTranslations("environments");
  const title = t(`${props.section}.title`);
  const columns = [
    t("columns.select"),
    t("columns.object"),
    t("columns.status"),
    t("columns.test"),
    t("columns.prod"),
    t("columns.differences"),
  ];
  return (
    <Section headingId={SECTION_IDS[props.section]} title={title}>
      <TableShell
        caption={title}
        columns={columns}
        empty={{ text: t(`${props.section}.empty`), rowCount: props.objects.length }}
      >
        {props.objects.map((object) => (
          <PromotionRow key={object.key} object={object} {...props.cells(object)} canPromote={props.canPromote} />
        ))}
      </TableShell>
    </Section>
  );
}

export function ScopeSection(props: TSectionProps<"scopes">) {
  const t = useTranslations("environments");
  const side = (scope: TComparisonView["scopes"][number]["test"]) =>
    scope ? (
      <>
        <p className="text-sm">{scope.active ? scope.description : t("inactive")}</p>
        <SideSync sync={scope.sync} />
      </>
    ) : (
      t("absent")
    );
  return (
    <ComparisonTable
      section="scopes"
      {...props}
      cells={(scope) => ({
        name: scope.name,
        test: side(scope.test),
        prod: side(scope.prod),
        differences: <FieldDifferences differences={scope.differences} />,
      })}
    />
  );
}

export function AccessListSection(props: TSectionProps<"accessLists">) {
  const t = useTranslations("environments");
  const side = (list: TComparisonView["accessLists"][number]["test"]) =>
    list ? (
      <>
        <p className="text-sm">{list.name}</p>
        <p className="text-sm text-slate-700">{t("members", { count: list.memberCount })}</p>
        <SideSync sync={list.sync} />
      </>
    ) : (
      t("absent")
    );
  const numbers = (key: "onlyInTestList" | "onlyInProdList", shown: string[]) =>
    shown.length > 0 && (
      <p className="text-sm break-words">{t(key, { count: shown.length, numbers: shown.join(", ") })}</p>
    );
  return (
    <ComparisonTable
      section="accessLists"
      {...props}
      cells={({ identifier, test, prod, differences, members }) => ({
        name: identifier,
        test: side(test),
        prod: side(prod),
        differences: (
          <>
            <FieldDifferences differences={differences} />
            <p className="text-sm" data-testid="member-difference">
              {t("memberDifference", { onlyInTest: members.onlyInTestCount, onlyInProd: members.onlyInProdCount })}
            </p>
            {numbers("onlyInTestList", members.onlyInTest)}
            {numbers("onlyInProdList", members.onlyInProd)}
          </>
        ),
      })}
    />
  );
}

export function ConnectionSection(props: TSectionProps<"connections">) {
  const t = useTranslations("environments");
  const side = (present: boolean) => (present ? t("connected") : t("absent"));
  return (
    <ComparisonTable
      section="connections"
      {...props}
      cells={(connection) => ({
        name: t("connections.name", { list: connection.listIdentifier, resource: connection.resourceIdentifier }),
        test: side(!!connection.test),
        prod: side(!!connection.prod),
      })}
    />
  );
}

function PolicyRules(props: { rules: TPolicyRules | null; requestDiffers: boolean; consentDiffers: boolean }) {
  const t = useTranslations("environments.policy");
  if (!props.rules) return null;
  const request = props.rules.requestConsent;
  const requestText =
    request.kind === "organisations"
      ? t("requestOrganisations")
      : request.kind === "noList"
        ? t("requestNoList")
        : t("requestLists", { lists: request.lists.join(", ") });
  const mark = (differs: boolean) => (differs ? ` ${t("ruleDiffers")}` : "");
  return (
    <ul className="text-sm text-slate-700">
      <li>{requestText + mark(props.requestDiffers)}</li>
      <li>{t("consent", { roles: props.rules.consent.join(", ") }) + mark(props.consentDiffers)}</li>
    </ul>
  );
}

type TResource = TComparisonView["resources"][number];

export function ResourceSection(props: TSectionProps<"resources">) {
  const t = useTranslations("environments");
  const side = (resource: TResource, which: "test" | "prod") => {
    const publication = resource[which];
    if (!publication) return t("absent");
    const { policies } = resource;
    const label = publication.state === "PUBLISHED" ? "version" : "withdrawn";
    return (
      <>
        <p className="text-sm">{t(label, { version: publication.version })}</p>
        <PolicyRules
          rules={policies[which]}
          requestDiffers={policies.requestConsentDiffers}
          consentDiffers={policies.consentDiffers}
        />
        <SideSync sync={publication.sync} />
      </>
    );
  };
  return (
    <ComparisonTable
      section="resources"
      {...props}
      cells={(resource) => ({
        name: resource.identifier,
        test: side(resource, "test"),
        prod: side(resource, "prod"),
        differences: (
          <>
            <FieldDifferences differences={resource.differences} />
            <p className="text-sm" data-testid="policy-comparison">
              {resource.policies.differs ? t("policy.differs") : t("policy.same")}
            </p>
          </>
        ),
      })}
    />
  );
}
