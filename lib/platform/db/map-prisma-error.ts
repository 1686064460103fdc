import "server-only";
import { notFound, type AppError } from "@/lib/platform/errors/app-error";

// Prisma's known request errors by code (https://www.prisma.io/docs/orm/reference/error-reference):
// P2002 a unique constraint failed, P2025 a record an update, delete or `*OrThrow` needed does not exist.
// Read by code rather than `instanceof`: the generated client's error class is not the one every caller sees.
const UNIQUE_VIOLATION = "P2002";
const RECORD_NOT_FOUND = "P2025";

const prismaCode = (error: unknown) =>
  typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;

/** The domain error the caller names for each Prisma error it expects; a unique violation has no generic meaning. */
export type TPrismaErrorMapping = {
  uniqueViolation?: () => AppError;
  recordNotFound?: () => AppError;
};

/** The domain error for a Prisma error, or the error itself when it is not one the mapping names. */
export function mapPrismaError(error: unknown, mapping: TPrismaErrorMapping): unknown {
  const code = prismaCode(error);
  if (code === UNIQUE_VIOLATION && mapping.uniqueViolation) return mapping.uniqueViolation();
  if (code === RECORD_NOT_FOUND) return (mapping.recordNotFound ?? (() => notFound()))();
  return error;
}

/** Runs a query and turns the Prisma errors the mapping names into domain errors (the data layer's one place). */
export async function withPrismaErrors<T>(query: () => Promise<T>, mapping: TPrismaErrorMapping): Promise<T> {
  try {
    return await query();
  } catch (error) {
    throw mapPrismaError(error, mapping);
  }
}
