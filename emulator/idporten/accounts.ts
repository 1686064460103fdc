import { createHash } from "node:crypto";
import type { Account, FindAccount } from "oidc-provider";
import type { TestPerson } from "./test-persons";

/** The locales ID-porten can emit in the `locale` claim. */
const LOCALES = ["nb", "nn", "en", "se"] as const;
export type IdportenLocale = (typeof LOCALES)[number];

interface StoredAccount extends TestPerson {
  locale: IdportenLocale;
}

/**
 * ID-porten's `sub` is a pairwise pseudonym, never the national identity number. The
 * emulator derives a stable opaque value so a relying party that wrongly keys users on
 * `sub` instead of `pid` behaves the same here as against the real service.
 */
export function subjectFor(pid: string): string {
  return createHash("sha256").update(`idporten-emulator:${pid}`).digest("base64url");
}

/** Picks the first supported locale from an OIDC `ui_locales` value, defaulting to bokmål. */
export function localeFrom(uiLocales: unknown): IdportenLocale {
  const requested = typeof uiLocales === "string" ? uiLocales.split(" ") : [];
  return LOCALES.find((locale) => requested.includes(locale)) ?? "nb";
}

/**
 * Persons who have logged in, kept in memory like the provider's sessions and tokens:
 * a restart forgets everything, which is what a local emulator wants.
 */
export class AccountStore {
  readonly #accounts = new Map<string, StoredAccount>();

  /** Records a login and returns the account id (the `sub`). */
  remember(person: TestPerson, locale: IdportenLocale): string {
    const accountId = subjectFor(person.pid);
    this.#accounts.set(accountId, { pid: person.pid, name: person.name, locale });
    return accountId;
  }

  /** The national identity number behind an account id, for a login that continues (Ansattporten's picker). */
  pidOf(accountId: string): string | undefined {
    return this.#accounts.get(accountId)?.pid;
  }

  readonly findAccount: FindAccount = (_ctx, sub) => {
    const stored = this.#accounts.get(sub);
    if (!stored) return undefined;
    const account: Account = {
      accountId: sub,
      // The provider filters these by granted scope (see `claims` in provider.ts).
      claims: () => ({ sub, pid: stored.pid, name: stored.name, locale: stored.locale }),
    };
    return account;
  };
}
