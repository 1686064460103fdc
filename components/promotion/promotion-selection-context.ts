"use client";

import { createContext, useContext } from "react";

/**
 * The selection on the environments page, shared by the rows' checkboxes and notes (client islands in the server
 * rendered tables) and the promote button: what is chosen, and which objects the last promotion refused.
 */
export type TPromotionSelection = {
  selected: ReadonlySet<string>;
  refused: ReadonlySet<string>;
  toggle: (key: string, on: boolean) => void;
};

export const PromotionSelectionContext = createContext<TPromotionSelection>({
  selected: new Set(),
  refused: new Set(),
  toggle: () => {},
});

export const usePromotionSelection = () => useContext(PromotionSelectionContext);
