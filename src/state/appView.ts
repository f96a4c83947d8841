// Which page is on screen. Not an input: it is neither saved nor shared (the address bar carries
// it: src/ui/app/navigation.ts). Apart from the portfolio store so the planner's first load does
// not carry the portfolio (it loads when opened).
import { create } from 'zustand';

export type AppView = 'planner' | 'plans' | 'portfolio';

interface AppViewState {
  view: AppView;
  /**
   * Set when the switch came from a control that disappears with the old page: the page whose nav
   * takes focus. Only that page's nav takes it (the old page's nav may still be drawn for a moment
   * while the new page loads; focus given to it would be lost when it goes).
   */
  focusNav: AppView | null;
  setView: (view: AppView, options?: { focusNav?: boolean }) => void;
  navFocused: () => void;
}

export const useAppView = create<AppViewState>()((set) => ({
  view: 'planner',
  focusNav: null,
  setView: (view, options = {}) => set({ view, focusNav: options.focusNav === true ? view : null }),
  navFocused: () => set({ focusNav: null }),
}));
