"use client";

import { useEffect, type KeyboardEvent, type RefObject } from "react";

const ITEM = '[role="menuitem"]';

/**
 * The keyboard and pointer rules of an open menu (WAI-ARIA APG, "Menu Button" and "Menu" patterns): it opens with
 * focus on its first or last item; the arrows, Home and End move between items, Escape closes it and returns focus to
 * its button, Tab closes it and moves on; a press outside the menu and its button closes it.
 */
export function useMenuKeys(props: {
  menuRef: RefObject<HTMLElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
  focusOn: "first" | "last";
  close: () => void;
}) {
  const { menuRef, buttonRef, focusOn, close } = props;

  // The menu is mounted when it opens and unmounted when it closes.
  useEffect(() => {
    const items = menuItems(menuRef.current);
    (focusOn === "last" ? items.at(-1) : items[0])?.focus();
    function closeOnOutsidePress(event: PointerEvent) {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close();
    }
    document.addEventListener("pointerdown", closeOnOutsidePress);
    return () => document.removeEventListener("pointerdown", closeOnOutsidePress);
  }, [menuRef, buttonRef, focusOn, close]);

  return function onMenuKeyDown(event: KeyboardEvent) {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key]!]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
      buttonRef.current?.focus();
    } else if (event.key === "Tab") {
      close();
    }
  };
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>(ITEM)] : [];
}
