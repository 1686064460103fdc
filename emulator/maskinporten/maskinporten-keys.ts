import { createKeyRing } from "./key-ring";

/** The key each environment's Maskinporten signs access tokens with (published at /{env}/maskinporten/jwk). */
export const maskinportenSigningKey = createKeyRing("maskinporten");
