import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { accessListSync, listAccessLists } from "./access-list-sync";
import { type TUpstreamEnvironment, fromUpstreamEnv } from "@/lib/platform/environment";

/** The organisation's lists in one environment, each with its member count and its changes on their way to Altinn. */
export async function listAccessListsWithSync(options: { organisationId: string; environment: TUpstreamEnvironment }) {
  const { organisationId } = options;
  const lists = await listAccessLists({ db: db(), organisationId, environment: fromUpstreamEnv(options.environment) });
  return Promise.all(
    lists.map(async (list) => ({ ...list, sync: await accessListSync({ db: db(), organisationId, list }) })),
  );
}
