"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { parsePublicJwkText, type TPublicJwk } from "@/lib/clients/public-jwk";
import { looksLikePem, publicJwkFromPem } from "@/lib/clients/public-pem";
import { generateClientKeyPair, type TBrowserKeyPair } from "./browser-key-pair";
import { CONTROL_CLASS } from "@/components/forms/field";

export type TKeySource = {
  mode: "generate" | "paste";
  setMode: (mode: "generate" | "paste") => void;
  text: string;
  setText: (text: string) => void;
  error: string | undefined;
  setError: (message: string | undefined) => void;
  /** The public key to send, and the generated pair (kept in the browser) when one was made; null when invalid. */
  resolve: () => Promise<{ publicJwk: TPublicJwk; keyPair: TBrowserKeyPair | null } | null>;
};

export function useKeySource(): TKeySource {
  const [mode, setMode] = useState<"generate" | "paste">("generate");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  return {
    mode,
    setMode,
    text,
    setText,
    error,
    setError,
    resolve: async () => {
      setError(undefined);
      if (mode === "generate") {
        const keyPair = await generateClientKeyPair();
        return { publicJwk: keyPair.publicJwk, keyPair };
      }
      // A private key pasted here is refused in the browser already, so it is never even sent. A PEM public key is
      // converted to the JWK here too.
      const checked = looksLikePem(text) ? await publicJwkFromPem(text) : parsePublicJwkText(text);
      if (!checked.ok) {
        setError(checked.message);
        return null;
      }
      return { publicJwk: checked.jwk, keyPair: null };
    },
  };
}

/** Choose: a key pair made in this browser, or an existing public key (pasted or read from a file). */
export function KeySourceFields({ idPrefix, source }: { idPrefix: string; source: TKeySource }) {
  const t = useTranslations("clients.key");
  const readFile = async (file: File | undefined) => {
    if (file) source.setText(await file.text());
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {(["generate", "paste"] as const).map((mode) => (
        <label key={mode} className="flex items-start gap-2">
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            checked={source.mode === mode}
            onChange={() => source.setMode(mode)}
            className="mt-1"
          />
          <span>
            {t(mode)}
            {mode === "generate" && <span className="block text-sm text-slate-600">{t("generateHint")}</span>}
          </span>
        </label>
      ))}
      {source.mode === "paste" && (
        <div className="space-y-2 pl-6">
          <label htmlFor={`${idPrefix}-jwk`} className="block text-sm font-medium">
            {t("publicJwk")}
          </label>
          <textarea
            id={`${idPrefix}-jwk`}
            rows={6}
            spellCheck={false}
            value={source.text}
            onChange={(event) => source.setText(event.target.value)}
            aria-invalid={source.error ? true : undefined}
            aria-describedby={`${idPrefix}-jwk-hint ${idPrefix}-jwk-error`}
            className={`w-full font-mono text-xs ${CONTROL_CLASS}`}
          />
          <p id={`${idPrefix}-jwk-hint`} className="text-sm text-slate-600">
            {t("publicJwkHint")}
          </p>
          <label htmlFor={`${idPrefix}-file`} className="block text-sm font-medium">
            {t("file")}
          </label>
          <input
            id={`${idPrefix}-file`}
            type="file"
            accept=".json,.jwk,.pem,.pub,application/json,application/x-pem-file"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
      )}
      <FieldError id={`${idPrefix}-jwk-error`} message={source.error} />
    </fieldset>
  );
}
