import type { TRedirectSnippetContext } from "./redirect-snippets";

// The return read where the address lands without a server: in the browser (the only place a fragment can be read)
// and in a mobile app opened by its own scheme or by an https App Link / Universal Link. Every reader looks in the
// query and, with hash routing, in the fragment after its first "?" or "&": Altinn writes "#/route&Status=OK" when the
// address had a "?" before its "#" (redirect-return-url.ts).

export function browserSnippet(context: TRedirectSnippetContext): string {
  if (context.kind === "app") return `// ${context.input} opens your app, not a web page: see Kotlin and Swift.`;
  return `// In the page at ${context.input.split(/[?#]/)[0]}: a fragment never reaches a server, so read the return here.
// Altinn sends the person to ${context.okUrl}
// or to ${context.failedUrl}
export function readAltinnReturn(href: string = window.location.href) {
  const url = new URL(href);
  const query = new URLSearchParams(url.search);
  const fragment = url.hash.slice(1);
  const at = fragment.search(/[?&]/);
  if (at !== -1) new URLSearchParams(fragment.slice(at + 1)).forEach((value, name) => query.append(name, value));
  return {
    // Your own parameter: Altinn appends nothing that says which request this is.
    requestId: query.get(${JSON.stringify(context.stateParam)}),
    status: query.get("Status"), // "OK", "Failed", or null when the person came some other way
    errorMessage: query.get("ErrorMessage"), // "User did not give consent" ("+" decoded as a space)
  };
}

const back = readAltinnReturn();
if (back.status) {
  // Anyone can type Status=OK: let your server ask Altinn for the request's status before relying on it.
  await fetch("/api/consent-returns", { method: "POST", body: JSON.stringify(back) });
}
`;
}

/** The intent filter's <data> for the address: its scheme, host and path. */
function androidData(context: TRedirectSnippetContext): string {
  const attributes = [`android:scheme="${context.scheme}"`];
  if (context.host) attributes.push(`android:host="${context.host}"`);
  if (context.path && context.path !== "/") attributes.push(`android:path="${context.path}"`);
  return `<data ${attributes.join(" ")} />`;
}

export function kotlinSnippet(context: TRedirectSnippetContext): string {
  const verified = context.kind === "web" ? ' android:autoVerify="true"' : "";
  return `// AndroidManifest.xml, in the activity that receives the return${
    context.kind === "web" ? " (an App Link: also publish /.well-known/assetlinks.json on the host)" : ""
  }:
// <intent-filter${verified}>
//   <action android:name="android.intent.action.VIEW" />
//   <category android:name="android.intent.category.DEFAULT" />
//   <category android:name="android.intent.category.BROWSABLE" />
//   ${androidData(context)}
// </intent-filter>
import android.content.Intent
import android.net.Uri

data class AltinnReturn(val requestId: String?, val status: String?, val errorMessage: String?)

// Altinn opens ${context.okUrl}
// or ${context.failedUrl}
fun readAltinnReturn(uri: Uri): AltinnReturn {
    val fragment = uri.encodedFragment.orEmpty()
    val at = fragment.indexOfFirst { it == '?' || it == '&' }
    val inFragment = if (at == -1) null else Uri.parse("x:/?" + fragment.substring(at + 1))
    // getQueryParameter decodes "+" as a space: "User did not give consent".
    fun param(name: String) = uri.getQueryParameter(name) ?: inFragment?.getQueryParameter(name)
    return AltinnReturn(param(${JSON.stringify(context.stateParam)}), param("Status"), param("ErrorMessage"))
}

// In the activity: from onCreate (intent) and onNewIntent (the app was already open).
private fun handleReturn(intent: Intent?) {
    val uri = intent?.data ?: return
    if (uri.scheme != ${JSON.stringify(context.scheme)} || uri.host != ${JSON.stringify(context.host || null)}) return
    val back = readAltinnReturn(uri)
    // Any app or page can open this address with Status=OK: your server asks Altinn before relying on it.
    viewModel.consentReturned(back)
}
`;
}

export function swiftSnippet(context: TRedirectSnippetContext): string {
  const registration =
    context.kind === "web"
      ? `a Universal Link: the Associated Domains entitlement applinks:${context.host} and apple-app-site-association on the host`
      : `Info.plist CFBundleURLTypes → CFBundleURLSchemes = ["${context.scheme}"]`;
  return `// Register the address: ${registration}.
import Foundation

struct AltinnReturn { let requestId: String?; let status: String?; let errorMessage: String? }

// Altinn opens ${context.okUrl}
// or ${context.failedUrl}
func readAltinnReturn(_ url: URL) -> AltinnReturn {
    let parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
    var pairs = parts?.percentEncodedQuery ?? ""
    if let fragment = parts?.percentEncodedFragment, let at = fragment.firstIndex(where: { $0 == "?" || $0 == "&" }) {
        pairs += "&" + fragment[fragment.index(after: at)...]
    }
    var values: [String: String] = [:]
    for pair in pairs.split(separator: "&") {
        // URLComponents.queryItems keeps "+" as it is; Altinn writes spaces as "+".
        let field = pair.split(separator: "=", maxSplits: 1).map {
            $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
        }
        if let name = field.first, values[name] == nil { values[name] = field.count > 1 ? field[1] : "" }
    }
    return AltinnReturn(requestId: values[${JSON.stringify(context.stateParam)}], status: values["Status"],
                        errorMessage: values["ErrorMessage"])
}

// SwiftUI: ContentView().onOpenURL { url in
//     guard url.scheme == ${JSON.stringify(context.scheme)}, url.host == ${context.host ? JSON.stringify(context.host) : "nil"} else { return }
//     let back = readAltinnReturn(url) // Status=OK can come from anyone: your server asks Altinn before relying on it
// }
`;
}
