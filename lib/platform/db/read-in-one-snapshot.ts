import "server-only";
import { db, type TTx } from "./prisma";

/**
 * Reads that must agree with each other in one REPEATABLE READ snapshot. A job writes an object's fields (a client's
 * id, a test's approval link) before it marks its upstream change SYNCED; read apart, a page could see the SYNCED
 * change with the object as it was before, and stop polling there. In one snapshot, SYNCED implies the fields.
 */
export function readInOneSnapshot<T>(read: (tx: TTx) => Promise<T>): Promise<T> {
  return db().$transaction(read, { isolationLevel: "RepeatableRead" });
}
