// Which page is on screen. Not an input: it is neither saved nor shared. Apart from the portfolio
// store so the planner's first load does not carry the portfolio (it loads when opened).
import { create } from 'zustand';

export type AppView = 'planner' | 'portfolio';

interface AppViewState {
  view: AppView;
  /** Set when the switch came from a control that disappears with the old page: the new page's nav takes focus. */
  focusNav: boolean;
  setView: (view: AppView, options?: { focusNav?: boolean }) => void;
  navFocused: () => void;
}

export const useAppView = create<AppViewState>()((set) => ({
  view: 'planner',
  focusNav: false,
  setView: (view, options = {}) => set({ view, focusNav: options.focusNav ?? false }),
  navFocused: () => set({ focusNav: false }),
}));
