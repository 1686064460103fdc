import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { messageLeaksOn } from "./message-leaks";
import { rawEnumValuesOn } from "./raw-enum-values";

// The checks every page of a walk gets (e2e/phone-width.spec.ts): not wider than the phone, axe-clean, no raw enum
// value (raw-enum-values.ts) and no missing message (message-leaks.ts).

/** The page does not scroll sideways; on failure, the elements that stick out are named. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const clips = (element: Element) => ["auto", "scroll", "hidden"].includes(getComputedStyle(element).overflowX);
    /** A box around `element` that scrolls or clips it holds it in. */
    const held = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) if (clips(parent)) return true;
      return false;
    };
    // Elements reaching past the page's right edge, unless a box that scrolls or clips them holds them.
    const wide = [...document.querySelectorAll("body *")].filter(
      (element) => element.getBoundingClientRect().right > root.clientWidth + 1 && !held(element),
    );
    // Text running out of a box that fits (a long word or address that does not wrap), named by its box.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || wide.includes(parent) || clips(parent) || held(parent)) continue;
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > root.clientWidth + 1) wide.push(parent);
    }
    // Named by the innermost ones: what is too wide, not every box around it.
    const innermost = wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${String(element.className).slice(0, 60)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: innermost };
  });
  expect(overflow.wide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

/** Each page: loaded, not wider than the phone, axe-clean, without raw enum values or missing messages; all failures
 * named at once. `language`, when given, is the one the page must be in (`<html lang>`). */
export async function walk(page: Page, paths: string[], language?: "en" | "nb" | "nn") {
  for (const path of paths) {
    await test.step(`${language ?? ""} ${path}`, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      await expect(page.locator("main h1").first()).toBeVisible();
      if (language) await expect(page.locator("html")).toHaveAttribute("lang", language);
      await page.waitForLoadState("networkidle").catch(() => undefined);
      await expect.soft(async () => expectNoSidewaysScroll(page), path).toPass({ timeout: 5_000 });
      const axe = await new AxeBuilder({ page }).analyze();
      expect.soft(axe.violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
      expect.soft((await rawEnumValuesOn(page)).map((hit) => `${path}: ${hit}`)).toEqual([]);
      expect.soft((await messageLeaksOn(page)).map((leak) => `${path}: ${leak}`)).toEqual([]);
    });
  }
}
