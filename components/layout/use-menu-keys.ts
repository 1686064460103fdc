"use client";

import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";

const ITEM = '[role="menuitem"]';

/**
 * The keyboard and pointer rules of a menu button (WAI-ARIA APG, "Menu Button" and "Menu" patterns): Enter, Space or
 * ArrowDown on the button open the menu on its first item, ArrowUp on its last; in the menu the arrows, Home and End
 * move between items, Escape closes it and returns focus to the button, Tab closes it and moves on; a press outside
 * closes it.
 */
export function useMenuKeys(props: {
  open: boolean;
  setOpen: (open: boolean) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  menuRef: RefObject<HTMLElement | null>;
}) {
  const { open, setOpen, buttonRef, menuRef } = props;
  const focusOnOpen = useRef<"first" | "last">("first");

  useEffect(() => {
    if (!open) return;
    const items = menuItems(menuRef.current);
    (focusOnOpen.current === "last" ? items.at(-1) : items[0])?.focus();
    focusOnOpen.current = "first";
    function closeOnOutsidePress(event: PointerEvent) {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    }
    document.addEventListener("pointerdown", closeOnOutsidePress);
    return () => document.removeEventListener("pointerdown", closeOnOutsidePress);
  }, [open, setOpen, buttonRef, menuRef]);

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    focusOnOpen.current = event.key === "ArrowUp" ? "last" : "first";
    setOpen(true);
  }

  function onMenuKeyDown(event: KeyboardEvent) {
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
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  return { onButtonKeyDown, onMenuKeyDown };
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>(ITEM)] : [];
}
