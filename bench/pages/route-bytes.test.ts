import { describe, expect, it } from "vitest";
import { scriptSources } from "./route-bytes";

describe("scriptSources", () => {
  it("lists the scripts a current browser fetches for an HTML document, once each, in order", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/css/a.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
      '<script src="/_next/static/chunks/webpack-1.js" async=""></script>',
      '<script async="" src="/_next/static/chunks/main-app.js?v=1&amp;x=2"></script>',
      '<link rel="modulepreload" as="script" href="/_next/static/chunks/page.js"/>',
      '<link rel="preload" as="font" href="/_next/static/media/font.woff2"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="/_next/static/chunks/legacy.js" nomodule></script>',
      '<script nonce="abc">self.__next_f.push([1,"x"])</script>',
    ].join("");
    expect(scriptSources(html)).toEqual([
      "/_next/static/chunks/webpack-1.js",
      "/_next/static/chunks/main-app.js?v=1&x=2",
      "/_next/static/chunks/page.js",
    ]);
  });
});
