// Addresses: every page has one, and Back, Forward and reload work.
//   ?plan=ID        the planner with that plan of the library open
//   ?view=plans     the plans library
//   ?view=portfolio the funders' portfolio
// Query parameters, not paths, so the planner works from any folder of any static host without
// server rewrites. Share links keep their fragment (#plan=…, #portfolio=…): read on load and
// whenever the fragment changes in an open tab (a link pasted into the address bar), the arriving
// plan is added to the library beside the others — never over the open one — and the address
// becomes that plan's.
import { decodePlanLink, isPortfolioLink, type PlanDocument } from '../../model';
import { useAppView, type AppView } from '../../state/appView';
import { useNotices } from '../../state/notices';
import { STORAGE_KEY, usePlanner } from '../../state/store';

export interface Route {
  readonly view: AppView;
  /** The plan to open (planner only); absent: the plan open last. */
  readonly plan?: string | undefined;
}

export function routeOf(search: string): Route {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view === 'plans' || view === 'portfolio') return { view };
  return { view: 'planner', plan: params.get('plan') ?? undefined };
}

/** The address of a route: this page's path, its other query parameters kept, no fragment. */
export function urlOf(route: Route, location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  const params = new URLSearchParams(location.search);
  params.delete('view');
  params.delete('plan');
  if (route.view !== 'planner') params.set('view', route.view);
  else if (route.plan) params.set('plan', route.plan);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

const activePlanId = () => usePlanner.getState().library.activePlan;

/** The route on screen, with the planner's plan made explicit. */
function currentRoute(): Route {
  const view = useAppView.getState().view;
  return view === 'planner' ? { view, plan: activePlanId() } : { view };
}

/** Shows a route: the page, and the plan it names when that plan is in the library (else says so). */
function show(route: Route, options: { focusNav?: boolean } = {}): void {
  if (route.view === 'planner' && route.plan !== undefined && route.plan !== activePlanId()) {
    if (!usePlanner.getState().openPlan(route.plan)) {
      useNotices.getState().push({
        kind: 'error',
        message:
          'The plan this address names is not among the plans saved in this browser: it may have been deleted, made in another browser (a plan’s address works only where it was made; to share a plan, use “Copy link”), or never saved because this browser refused to save. Your last plan is open instead.',
      });
    }
  }
  useAppView.getState().setView(route.view, options);
}

/** The notice saying where an arriving plan went: one at a time, gone once the person moves on. */
export const ARRIVAL_NOTICE = 'arrival';

/** Go to a page (or a plan): a new entry in the history, so Back returns. */
export function navigate(route: Route, options: { focusNav?: boolean; replace?: boolean; keepArrivalNotice?: boolean } = {}): void {
  if (!options.keepArrivalNotice) useNotices.getState().dismissKey(ARRIVAL_NOTICE);
  show(route, options);
  const url = urlOf(currentRoute());
  if (url === `${window.location.pathname}${window.location.search}` && !window.location.hash) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** Open a plan of the library in the planner. */
export function openPlanPage(id: string, options: { focusNav?: boolean } = {}): void {
  navigate({ view: 'planner', plan: id }, options);
}

/**
 * A plan arriving from a link, a file or the portfolio: added to the library (or found there, if
 * it already is) and opened, with a notice that says where it went and one click back.
 */
export function receivePlan(doc: PlanDocument, from: string, options: { replace?: boolean; focusNav?: boolean } = {}): boolean {
  const arrival = usePlanner.getState().arrive(doc);
  const push = useNotices.getState().push;
  if (!arrival.ok) {
    push({ kind: 'error', message: `${arrival.message} The plan from ${from} was not added; your current plan is unchanged.` });
    return false;
  }
  const { previous, name, existed } = arrival;
  // The same plan arriving again while it is open: the notice of its first arrival (with its
  // "Back to …") stays, rather than giving way to one that says nothing new.
  const again = existed && previous === null && useNotices.getState().notices.some((n) => n.key === ARRIVAL_NOTICE);
  navigate({ view: 'planner', plan: arrival.id }, { ...options, keepArrivalNotice: again });
  if (again) return true;
  const where = existed ? `is already in your plans as “${name}”, now open` : `is open, saved in your plans as “${name}”`;
  if (previous === null) {
    push({ key: ARRIVAL_NOTICE, kind: 'info', message: existed ? `The plan from ${from} is the one already open (“${name}”); nothing was added.` : `The plan from ${from} ${where}.` });
    return true;
  }
  push({
    key: ARRIVAL_NOTICE,
    kind: 'info',
    message: `The plan from ${from} ${where}. Your plan “${previous.name}” is unchanged in your plans.`,
    action: { label: `Back to “${previous.name}”`, run: () => openPlanPage(previous.id, { focusNav: true }) },
  });
  return true;
}

/** A share link in the address bar: a plan arrives; a portfolio opens its page. True when the fragment held one. */
export function openLinkFromLocation(): boolean {
  const { hash } = window.location;
  if (isPortfolioLink(hash)) {
    void import('../../state/portfolioStore').then((m) => {
      m.openPortfolioLinkFromLocation();
      window.history.replaceState(null, '', urlOf({ view: 'portfolio' }));
    });
    return true;
  }
  const result = decodePlanLink(hash);
  if (result === null) return false;
  if (result.ok) receivePlan(result.doc, 'the link', { replace: true });
  else {
    useNotices.getState().push({ kind: 'error', message: result.errors.map((e) => e.message).join(' ') });
    window.history.replaceState(null, '', urlOf(currentRoute()));
  }
  return true;
}

let started = false;

/** On load: the fragment's link if any, else the address's page; then Back, Forward and pasted links. */
export function startNavigation(): void {
  // Saved at once: a first visit's plan keeps its id across a reload, the single plan of earlier
  // versions moves into the library, and a browser that refuses to save says so before any work.
  usePlanner.setState({});
  if (!openLinkFromLocation()) {
    show(routeOf(window.location.search));
    window.history.replaceState(null, '', urlOf(currentRoute()));
  }
  if (started) return;
  started = true;
  // Another tab saved the plans library: take it in (src/state/tabSync.ts, loaded the first time it happens).
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || event.storageArea !== localStorage) return;
    const saved = event.newValue;
    void import('../../state/tabSync').then((m) => m.takeInOtherTabSave(saved));
  });
  window.addEventListener('popstate', () => {
    useNotices.getState().dismissKey(ARRIVAL_NOTICE);
    if (openLinkFromLocation()) return;
    show(routeOf(window.location.search));
    // An address naming a plan no longer here becomes the plan shown instead.
    window.history.replaceState(null, '', urlOf(currentRoute()));
  });
  // A link pasted into the address bar of an open tab changes only the fragment: no reload.
  window.addEventListener('hashchange', () => {
    openLinkFromLocation();
  });
}
