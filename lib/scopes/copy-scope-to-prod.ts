import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { AppError, conflict } from "@/lib/platform/errors/app-error";
import { createScope } from "./create-scope";
import { lockOwnScope } from "./find-scope";
import type { TScope } from "./scope-dto";
import { assertActive } from "./scope-guards";
import { ZScopeFields } from "./schemas";

/**
 * Creates in production the same scope as in test (same name and fields), so the two environments do not drift.
 * The production scope is then edited on its own.
 */
export async function copyScopeToProd(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string; scopePrefix: string | null };
  scopeId: string;
}): Promise<{ scope: TScope; changeId: string }> {
  const { tx, organisation } = options;
  const source = await lockOwnScope({ tx, organisationId: organisation.id, scopeId: options.scopeId });
  if (source.environment !== "test") throw conflict("scopeNotInTest");
  assertActive(source);
  const fields = ZScopeFields.parse({ ...source, longDescription: source.longDescription ?? "" });
  try {
    return await createScope({ tx, organisation, environment: "prod", subscope: source.subscope, fields });
  } catch (error) {
    // Not a field of this form: the name is taken in production, say so as a whole.
    if (error instanceof AppError && error.code === "VALIDATION")
      throw conflict("scopeExistsInProd", { name: source.name });
    throw error;
  }
}
