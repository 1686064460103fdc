import { randomBytes } from "node:crypto";

/**
 * UUIDv7 ids for consent events, as Altinn makes them (Guid.CreateVersion7() in
 * Altinn/altinn-authorization-tmp .../Persistence/Consent/ConsentRepository.cs): the first 48 bits are the
 * Unix time in milliseconds, so ordering the ids orders the events by creation. The events feed relies on it
 * (ORDER BY consenteventid, continuation "consenteventid > token"). Within one millisecond a counter in the
 * 12 `rand_a` bits keeps ids from this process increasing.
 */
let lastMs = 0;
let sequence = 0;

export function uuidV7(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The millisecond timestamp a UUIDv7 was made at. */
export function uuidV7Time(uuid: string): number {
  return Number.parseInt(uuid.replace(/-/g, "").slice(0, 12), 16);
}
