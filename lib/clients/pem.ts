// PEM armour for DER bytes (RFC 7468): base64 in lines of 64 characters between BEGIN and END labels. Pure, so it
// runs in the browser, where the private key is exported, and in tests.

export function toPem(der: ArrayBuffer | Uint8Array, label: "PRIVATE KEY" | "PUBLIC KEY"): string {
  const bytes = der instanceof Uint8Array ? der : new Uint8Array(der);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64 = btoa(binary);
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
