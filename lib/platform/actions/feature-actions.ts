import "server-only";
import type { z } from "zod";
import { orgAction } from "@/lib/platform/actions/safe-action";
import type { TMembershipContext } from "@/lib/platform/auth/require-membership";
import { auditedAs } from "@/lib/platform/db/audited-as";
import type { TChange } from "@/lib/platform/db/audited-transaction";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { ownRowEnvironment, type TOwnTable } from "@/lib/platform/db/own-rows";

// How the features whose rows live in one environment (scopes, access lists, Maskinporten clients) write their
// actions: editors and up, the feature's pages revalidated, the production rule checked by the feature itself
// (lib/platform/auth/production-rule.ts) for the environment the input names or the row lives in.

type TOrganisation = TMembershipContext["organisation"];
type TWithOrg = { orgNumber: string };
/** What an organisation's action runs with (user, membership, transaction, …), as the action helper hands it over. */
type TOrgActionContext<I> = Omit<Parameters<Parameters<typeof orgAction>[0]["run"]>[0], "input"> & { input: I };

export function featureActions<K extends string>(feature: {
  /** The table of the feature's rows, and the input field naming an existing one, e.g. `scopeId`. */
  table: TOwnTable;
  idField: K;
  /** The audit events' target type, e.g. `scope`. */
  targetType: string;
  revalidate: (input: TWithOrg) => string[];
  /** The production rule for the environment an existing row lives in (an unknown row is left to the change). */
  requireRole: (role: Role, row: { environment: TEnvironment }) => void;
}) {
  const audited = auditedAs(feature.targetType);
  return {
    audited,

    /** An action that checks its own production rule (creating, copying to production). */
    action: <S extends z.ZodType<TWithOrg>, R>(definition: {
      name: string;
      schema: S;
      run: (context: TOrgActionContext<z.output<S>>) => Promise<TChange<R>>;
    }) => orgAction({ ...definition, minimumRole: "EDITOR", revalidate: feature.revalidate }),

    /** An action on one existing row named by `idField`: the production rule for its environment, then the change. */
    onRow: <S extends z.ZodType<TWithOrg & Record<K, string>>, R>(definition: {
      name: string;
      schema: S;
      change: (input: z.output<S>, tx: TTx, organisation: TOrganisation) => Promise<{ data: R; summary: string }>;
    }) =>
      orgAction({
        name: definition.name,
        schema: definition.schema,
        minimumRole: "EDITOR",
        revalidate: feature.revalidate,
        run: async ({ input, tx, organisation, role }) => {
          const id = (input as Record<K, string>)[feature.idField];
          const row = await ownRowEnvironment(tx, feature.table, organisation.id, id);
          if (row) feature.requireRole(role, row);
          const { data, summary } = await definition.change(input, tx, organisation);
          return audited(data, id, summary);
        },
      }),
  };
}
