import "server-only";
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { requirePlatformAdmin } from "@/lib/platform/auth/require-platform-admin";
import { hasRole } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TEnvironment, TUpstreamEnvironment } from "@/lib/platform/environment";

export type TMessagesNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** A page's `generateMetadata`: its title from its messages (`export const generateMetadata = pageTitle("audit")`). */
export function pageTitle<TNamespace extends TMessagesNamespace>(namespace: TNamespace, key = "title") {
  return async () => {
    const t = (await getTranslations(namespace)) as unknown as (key: string) => string;
    return { title: t(key) };
  };
}

/**
 * What every page under /orgs/[orgNumber] starts with: the organisation number from the path, the caller's
 * membership (not logged in: to sign-in; not a member: 404, see requirePageMembership) and the page's messages.
 */
export async function loadOrgPage<TNamespace extends TMessagesNamespace>(
  params: Promise<{ orgNumber: string }>,
  namespace: TNamespace,
) {
  const { orgNumber } = await params;
  // The membership is the layout's own answer (read once per request, see requirePageMembership).
  const [membership, t] = await Promise.all([requirePageMembership(orgNumber), getTranslations(namespace)]);
  return { orgNumber, ...membership, t };
}

/** What every page under /admin starts with: a platform administrator (else refused) and the page's messages. */
export async function loadAdminPage<TNamespace extends TMessagesNamespace>(namespace: TNamespace) {
  await requirePlatformAdmin();
  return getTranslations(namespace);
}

/**
 * What the caller may do with one environment's things: editors change test, production changes are
 * administrators' (lib/platform/auth/production-rule.ts). EditRightsNote tells the others why they cannot.
 */
export function editRights(role: Role, environment: TUpstreamEnvironment | TEnvironment) {
  return { isEditor: hasRole(role, "EDITOR"), canEdit: canChangeEnvironment(role, environment) };
}
