import type { ConsentTemplate, LocalText, PartyTexts } from "./template-catalogue";

/**
 * The catalogue used when the real consent_templates.json is not beside the repository: the same template ids,
 * flags, versions and placeholders ({CoveredBy} the consumer, {OfferedBy} the person or organisation giving
 * consent, {HandledBy} a supplier, {Expiration} the end date) as the file in Altinn/altinn-studio-docs
 * (content/authorization/architecture/resourceregistry/consent_templates.json), with the emulator's own wording.
 */
const t = (nb: string, nn: string, en: string): LocalText => ({ nb, nn, en });
const party = (person: LocalText, org: LocalText): PartyTexts => ({ person, org });

const TO_YOU = t("om deg", "om deg", "about you");
const TO_ORG = t("om {OfferedBy}", "om {OfferedBy}", "about {OfferedBy}");
const join = (a: LocalText, b: LocalText): LocalText => t(`${a.nb} ${b.nb}`, `${a.nn} ${b.nn}`, `${a.en} ${b.en}`);
const aboutBoth = (start: LocalText) => party(join(start, TO_YOU), join(start, TO_ORG));

const shared = {
  handledBy: t(
    "{HandledBy} henter opplysningene for {CoveredBy}.",
    "{HandledBy} hentar opplysningane for {CoveredBy}.",
    "{HandledBy} fetches the information for {CoveredBy}.",
  ),
  historyUsedBody: t(
    "{CoveredBy} hentet opplysninger om {OfferedBy}. Gyldig til {Expiration}",
    "{CoveredBy} henta opplysningar om {OfferedBy}. Gyldig til {Expiration}",
    "{CoveredBy} fetched information about {OfferedBy}. Valid until {Expiration}",
  ),
  historyUsedByHandledByBody: t(
    "{HandledBy} hentet opplysninger om {OfferedBy} for {CoveredBy}. Gyldig til {Expiration}",
    "{HandledBy} henta opplysningar om {OfferedBy} for {CoveredBy}. Gyldig til {Expiration}",
    "{HandledBy} fetched information about {OfferedBy} for {CoveredBy}. Valid until {Expiration}",
  ),
};

const consentTexts = {
  title: party(
    t(
      "Samtykke til deling av dine opplysninger",
      "Samtykke til deling av opplysningane dine",
      "Consent to share your information",
    ),
    t(
      "Samtykke til deling av opplysninger om {OfferedBy}",
      "Samtykke til deling av opplysningar om {OfferedBy}",
      "Consent to share information about {OfferedBy}",
    ),
  ),
  heading: aboutBoth(
    t("{CoveredBy} ber om opplysninger", "{CoveredBy} ber om opplysningar", "{CoveredBy} asks for information"),
  ),
  serviceIntro: aboutBoth(
    t(
      "Sier du ja, kan {CoveredBy} hente disse opplysningene",
      "Seier du ja, kan {CoveredBy} hente desse opplysningane",
      "If you agree, {CoveredBy} may fetch this information",
    ),
  ),
  overriddenDelegationContext: null,
  expiration: t(
    "Samtykket varer til {Expiration}",
    "Samtykket varer til {Expiration}",
    "The consent lasts until {Expiration}",
  ),
  expirationOneTime: t(
    "Samtykket gjelder én henting.",
    "Samtykket gjeld éi henting.",
    "The consent covers one retrieval.",
  ),
  serviceIntroAccepted: aboutBoth(
    t(
      "Du har latt {CoveredBy} hente disse opplysningene",
      "Du har late {CoveredBy} hente desse opplysningane",
      "You let {CoveredBy} fetch this information",
    ),
  ),
  ...shared,
};

const template = (
  id: string,
  title: string,
  flags: Partial<ConsentTemplate>,
  texts: ConsentTemplate["texts"],
): ConsentTemplate => ({
  id,
  templateVersion: 1,
  title,
  isPoa: false,
  isMessageSetInRequest: true,
  restrictedToServiceOwners: null,
  ...flags,
  texts,
});

const claims = t(
  "Del kravoversikten med banken",
  "Del kravoversikta med banken",
  "Share the claims overview with the bank",
);
const claimsIntro = t(
  "Skatteetaten prøver ut deling av kravoversikten med banker, og {CoveredBy} er med. Du kan trekke godkjenningen tilbake når du vil.",
  "Skatteetaten prøver ut deling av kravoversikta med bankar, og {CoveredBy} er med. Du kan trekkje godkjenninga tilbake når du vil.",
  "The Tax Administration is trying out sharing the claims overview with banks, and {CoveredBy} takes part. You can withdraw at any time.",
);

export const BUILTIN_CONSENT_TEMPLATES: ConsentTemplate[] = [
  template(
    "bst_krav",
    "Kravoversikt til bank",
    { restrictedToServiceOwners: ["skd", "ttd"] },
    {
      ...consentTexts,
      title: party(claims, claims),
      serviceIntro: party(claimsIntro, claimsIntro),
    },
  ),
  template("default", "Standard samtykke", {}, consentTexts),
  template(
    "sblanesoknad",
    "Lånesøknad med samtykke",
    { isMessageSetInRequest: false, restrictedToServiceOwners: ["skd", "ttd"] },
    {
      ...consentTexts,
      overriddenDelegationContext: t(
        "Du lar Skatteetaten gi {CoveredBy} opplysninger om deg til behandling av lånesøknaden.",
        "Du lèt Skatteetaten gi {CoveredBy} opplysningar om deg til handsaming av lånesøknaden.",
        "You let the Tax Administration give {CoveredBy} information about you to process your loan application.",
      ),
    },
  ),
  template(
    "poa",
    "Fullmakt til en tjeneste",
    { isPoa: true },
    {
      ...consentTexts,
      title: party(
        t("Fullmakt til å handle for deg", "Fullmakt til å handle for deg", "Authority to act for you"),
        t(
          "Fullmakt til å handle for {OfferedBy}",
          "Fullmakt til å handle for {OfferedBy}",
          "Authority to act for {OfferedBy}",
        ),
      ),
      heading: party(
        t(
          "{CoveredBy} ber om fullmakt fra deg",
          "{CoveredBy} ber om fullmakt frå deg",
          "{CoveredBy} asks you for authority",
        ),
        t(
          "{CoveredBy} ber om fullmakt fra {OfferedBy}",
          "{CoveredBy} ber om fullmakt frå {OfferedBy}",
          "{CoveredBy} asks {OfferedBy} for authority",
        ),
      ),
      expiration: t(
        "Fullmakten varer til {Expiration}",
        "Fullmakta varer til {Expiration}",
        "The authority lasts until {Expiration}",
      ),
    },
  ),
  template(
    "samtykkemal_simpleconsent",
    "Enkelt samtykke",
    {},
    {
      ...consentTexts,
      serviceIntro: party(
        t(
          "Sier du ja, deles disse opplysningene om deg",
          "Seier du ja, blir desse opplysningane om deg delte",
          "If you agree, this information about you is shared",
        ),
        t(
          "Sier du ja, deles disse opplysningene om {OfferedBy}",
          "Seier du ja, blir desse opplysningane om {OfferedBy} delte",
          "If you agree, this information about {OfferedBy} is shared",
        ),
      ),
      serviceIntroAccepted: party(
        t(
          "Du har sagt ja til å dele disse opplysningene om deg",
          "Du har sagt ja til å dele desse opplysningane om deg",
          "You agreed to share this information about you",
        ),
        t(
          "Du har sagt ja til å dele disse opplysningene om {OfferedBy}",
          "Du har sagt ja til å dele desse opplysningane om {OfferedBy}",
          "You agreed to share this information about {OfferedBy}",
        ),
      ),
    },
  ),
];
