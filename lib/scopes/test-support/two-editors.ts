import { expect } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import type { TActionResult } from "@/lib/platform/errors/action-result";
import { loadMessages } from "@/lib/platform/i18n/load-messages";

// Two editors saving one thing from the same loaded version, through the real action (as
// lib/documentation/documentation-actions.test.ts does for documentation): shared by the edit tests of access lists,
// scopes and Maskinporten clients (lib/scopes/optimistic-edit.ts). Messages are Norwegian, the default language.

const errors = loadMessages("nb").errors;

type TSave = (editor: TSessionUser, version: number, text: string) => Promise<TActionResult<{ version?: number }>>;

/**
 * Both editors save from the row's first version at once: exactly one is written (and answers version 2), the other
 * gets CONFLICT saying who saved and when (`stale`: the message key under `errors.`); what is stored is the winner's
 * (`stored`). The winner then saves again from the version handed back, the loser's old version stays refused, and a
 * version beyond PostgreSQL's integer is a field error.
 */
export async function expectOneOfTwoSaves(
  users: { anna: TSessionUser; bjorn: TSessionUser },
  options: {
    save: TSave;
    stale: "accessListStale" | "scopeStale" | "clientStale";
    stored: () => Promise<string>;
    /** Between the race and the winner's next save (e.g. the first save's change landing in Maskinporten). */
    beforeSavingAgain?: () => Promise<unknown>;
  },
) {
  const { save } = options;
  const editors = [users.anna, users.bjorn];
  const loaded = 1;
  const texts = editors.map((editor) => `${editor.name} ${loaded}`);
  const results = await Promise.all(editors.map((editor, index) => save(editor, loaded, texts[index]!)));
  const won = results.findIndex((result) => result.ok);
  expect(won).toBeGreaterThanOrEqual(0);
  const winner = editors[won]!;
  expect(results[won]).toMatchObject({ ok: true, data: { version: loaded + 1 } });
  const lost = results[1 - won];
  expect(lost).toEqual({ ok: false, error: expect.objectContaining({ code: "CONFLICT" }) });
  if (lost?.ok !== false) throw new Error("expected a conflict");
  const between = errors[options.stale].split("{name}")[1]?.split("{savedAt}")[0] ?? "";
  expect(lost.error.message).toContain(`${winner.name}${between}`);
  expect(lost.error.message).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  expect(await options.stored()).toBe(texts[won]);

  await options.beforeSavingAgain?.();
  expect(await save(winner, loaded + 1, "Nytt")).toMatchObject({ ok: true, data: { version: loaded + 2 } });
  const stale = await save(editors[1 - won]!, loaded, "Gammelt");
  expect(stale).toMatchObject({
    ok: false,
    error: { code: "CONFLICT", message: expect.stringContaining(`${winner.name}`) },
  });
  expect(await options.stored()).toBe("Nytt");

  const outOfRange = await save(winner, 2 ** 31, "For stort");
  expect(outOfRange).toMatchObject({
    ok: false,
    error: { code: "VALIDATION", fieldErrors: { version: [errors.fields.numberOutOfRange] } },
  });
}
