import { notFound } from "next/navigation";
import { AddMemberPanel, EditAccessListPanel, ImportMembersPanel } from "@/components/access-lists/access-list-panels";
import { AccessListSyncPanel } from "@/components/access-lists/access-list-sync-panel";
import { CopyListPanel } from "@/components/access-lists/copy-list-panel";
import { DeleteAccessListDialog } from "@/components/access-lists/delete-access-list-dialog";
import { MemberSearch } from "@/components/access-lists/member-search";
import { MemberTable } from "@/components/access-lists/member-table";
import { ResourceLinksPanel } from "@/components/access-lists/resource-links-panel";
import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { BackLink } from "@/components/ui/back-link";
import { Section } from "@/components/ui/section";
import { getAccessListPage } from "@/lib/access-lists/get-access-list-page";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { orgNumberParam, uuidParam } from "@/lib/platform/http/route-params";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AccessListPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/access-lists/[accessListId]">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "accessLists");
  const { accessListId } = await params;
  const id = uuidParam(accessListId);
  const search = await searchParams;
  const query = text(search.q).trim().slice(0, 100);
  const after = orgNumberParam(search.after) ?? undefined;
  const data = id && (await getAccessListPage({ organisationId: organisation.id, accessListId: id, query, after }));
  if (!data) notFound();
  const { list, sync, links } = data;
  const environment = list.environment;
  const environmentName = t(`environments.${environment}`);
  const rights = editRights(role, environment);
  // The list's own panels and forms each name it by its organisation and id.
  const ids = { orgNumber, accessListId };
  const { canEdit } = rights;
  // The forms are not the page's first purpose: each opens on demand, its code loaded then (access-list-panels.tsx).
  const loadingLabel = t("open.loading");

  return (
    <ClientMessages route="orgs/[orgNumber]/access-lists/[accessListId]/page">
      <PageShell
        title={list.name}
        spacing="lg"
        before={
          <BackLink href={`/orgs/${orgNumber}/access-lists?environment=${environment}`}>
            {t("detail.back", { environment: environmentName })}
          </BackLink>
        }
      >
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 text-sm">
          <dt className="font-medium">{t("detail.identifierLabel")}</dt>
          <dd className="font-mono">{`${organisation.orgCode}/${list.identifier}`}</dd>
          <dt className="font-medium">{t("detail.environmentLabel")}</dt>
          <dd>{environmentName}</dd>
        </dl>
        {list.description && <p className="max-w-3xl text-slate-700">{list.description}</p>}
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <AccessListSyncPanel orgNumber={orgNumber} sync={sync} canRetry={canEdit} />

        <Section
          headingId="members-heading"
          title={t("members.title", { total: list.memberCount })}
          className="space-y-4"
        >
          <MemberSearch {...ids} query={query} />
          {query && data.total > 0 && (
            <p className="text-sm text-slate-700">{t("members.matches", { count: data.total, query })}</p>
          )}
          <MemberTable
            {...ids}
            rows={data.members}
            canEdit={canEdit}
            query={query}
            nextAfter={data.nextAfter}
            isFirstPage={!after}
            production={environment === "prod"}
          />
          {canEdit && (
            <div className="grid max-w-4xl items-start justify-items-start gap-4 md:grid-cols-2 [&>div]:w-full">
              <AddMemberPanel
                {...ids}
                production={environment === "prod"}
                label={t("open.addMember")}
                loadingLabel={loadingLabel}
              />
              <ImportMembersPanel
                {...ids}
                production={environment === "prod"}
                label={t("open.importMembers")}
                loadingLabel={loadingLabel}
              />
            </div>
          )}
        </Section>

        <ResourceLinksPanel
          {...ids}
          environmentName={environmentName}
          production={environment === "prod"}
          linked={links.linked}
          available={links.available}
          canEdit={canEdit}
        />
        {canEdit && (
          <EditAccessListPanel
            {...ids}
            name={list.name}
            description={list.description}
            version={list.version}
            label={t("open.edit")}
            loadingLabel={loadingLabel}
          />
        )}
        {canChangeEnvironment(role, "prod") && environment === "test" && (
          <CopyListPanel {...ids} inProd={data.inProd} identifier={list.identifier} memberCount={list.memberCount} />
        )}
        {canEdit && (
          <DeleteAccessListDialog
            {...ids}
            identifier={list.identifier}
            memberCount={list.memberCount}
            environment={environment}
            environmentName={environmentName}
          />
        )}
      </PageShell>
    </ClientMessages>
  );
}
