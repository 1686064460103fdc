"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { TBrowserKeyPair } from "./browser-key-pair";

/**
 * Offers the private key once, as PEM (PKCS#8) and as JWK, from Blob URLs made in this tab. Nothing here is sent
 * anywhere; when the user dismisses it (or leaves the page) the key is gone for good.
 */
export function PrivateKeyDownloads({ keyPair, onDone }: { keyPair: TBrowserKeyPair; onDone: () => void }) {
  const t = useTranslations("clients.privateKey");
  const kid = keyPair.publicJwk.kid;
  const urls = useMemo(
    () => ({
      pem: URL.createObjectURL(new Blob([keyPair.privatePem], { type: "application/x-pem-file" })),
      jwk: URL.createObjectURL(new Blob([keyPair.privateJwkJson], { type: "application/json" })),
    }),
    [keyPair],
  );
  // The Blob URLs hold the key in memory: release them when the box closes.
  useEffect(
    () => () => {
      URL.revokeObjectURL(urls.pem);
      URL.revokeObjectURL(urls.jwk);
    },
    [urls],
  );

  return (
    <section
      aria-labelledby={`private-key-${kid}`}
      className="space-y-2 rounded border border-amber-400 bg-amber-50 p-4"
      data-testid="private-key-downloads"
    >
      <h3 id={`private-key-${kid}`} className="font-semibold text-amber-900">
        {t("title")}
      </h3>
      <p className="text-sm text-amber-900">{t("onlyOnce", { kid })}</p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a
            href={urls.pem}
            download={`maskinporten-${kid}.pem`}
            className={buttonClass({ variant: "primary", className: "inline-block" })}
          >
            {t("downloadPem")}
          </a>
        </li>
        <li>
          <a
            href={urls.jwk}
            download={`maskinporten-${kid}.jwk.json`}
            className={buttonClass({ className: "inline-block" })}
          >
            {t("downloadJwk")}
          </a>
        </li>
      </ul>
      <Button onClick={onDone}>{t("done")}</Button>
    </section>
  );
}
