import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPrivateAddress } from "./webhook-target";

/**
 * The socket's name lookup for a webhook: resolves as usual and refuses a private address, so a name that resolved
 * to a public address when the URL was saved cannot be pointed at the internal network later (DNS rebinding).
 */
function refusePrivateLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, options, (error, address: string | LookupAddress[], family?: number) => {
      if (error) return callback(error, address as string, family);
      const addresses = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
      if (!allowPrivate && addresses.some((entry) => isPrivateAddress(entry.address))) {
        return callback(
          Object.assign(new Error(`${hostname} resolves to a private address`), { code: "EPRIVATE" }),
          "",
        );
      }
      callback(null, address as string, family);
    });
  };
}

/** POSTs the body; resolves with the status (any), rejects on network errors and after `timeoutMs`. */
export function postWebhook(options: {
  url: URL;
  body: string;
  headers: Record<string, string>;
  allowPrivate: boolean;
  timeoutMs: number;
}): Promise<number> {
  const { url, body } = options;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...options.headers },
        lookup: refusePrivateLookup(options.allowPrivate),
        timeout: options.timeoutMs,
      },
      (response) => {
        response.resume(); // the answer's body is not read: only the status counts
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on("error", reject);
    request.end(body);
  });
}
