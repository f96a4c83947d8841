// @vitest-environment jsdom
// Share links: the plan's inputs and assumptions compressed into the URL fragment, and opening one.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeScenarioOf,
  decodePlanLink,
  encodePlanLink,
  inputToDraft,
  LINK_PARAM,
  makeInput,
  makePlanDocument,
  planLinkUrl,
  PLAN_VERSION,
  type PlanDocument,
  type PlanInput,
} from '../../src/model';
import { useNotices } from '../../src/state/notices';
import { currentLibrary, usePlanner } from '../../src/state/store';
import { openLinkFromLocation } from '../../src/ui/app/navigation';
import { resetStores } from './support/resetStores';

beforeEach(resetStores);
afterEach(resetStores);

const ZURICH: PlanDocument = makePlanDocument(
  makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, nonfatalShootings: 0, hospitalReachPct: 35, preset: 'caps' }),
  { 'street-outreach.caseload': 20, fringeRate: 0.28, 'wellness.enabled': true },
);
const ZIN = activeScenarioOf(ZURICH).input;
/** The same document with its (only) scenario's input replaced. */
const withInput = (doc: PlanDocument, input: PlanInput) => ({ ...doc, scenarios: doc.scenarios.map((sc) => ({ ...sc, input })) });

const UNCHANGED = /Your current plan is unchanged\./;

/** A link's fragment whose payload is `text`, compressed as a real link is. */
const fragmentFor = (text: string) => `#${LINK_PARAM}=${compressToEncodedURIComponent(text)}`;

const planState = () => {
  const { draft, input, overrides } = usePlanner.getState();
  return { draft, input, overrides };
};

describe('Share links', () => {
  it.each([
    ['the default plan', () => makePlanDocument(usePlanner.getState().input, {})],
    ['a Unicode place name with overrides', () => ZURICH],
  ])('given %s, when encoded and decoded, then the same document comes back', (_, makeDoc) => {
    const doc = makeDoc();
    const fragment = encodePlanLink(doc);
    expect(fragment).toMatch(/^plan=[A-Za-z0-9+\-$]+$/); // URL-safe without escaping
    expect(decodePlanLink(`#${fragment}`)).toEqual({ ok: true, doc, warnings: [] });
    expect(decodePlanLink(fragment)).toEqual({ ok: true, doc, warnings: [] });
  });

  it('given a link URL, then it carries only the inputs and assumptions in its fragment, never results', () => {
    const url = new URL(planLinkUrl(ZURICH, 'https://planner.example/app/?lang=en'));
    expect(url.origin + url.pathname + url.search).toBe('https://planner.example/app/?lang=en');
    const payload = JSON.parse(decompressFromEncodedURIComponent(url.hash.slice(`#${LINK_PARAM}=`.length)) ?? 'null');
    expect(payload).toEqual(ZURICH);
    expect(Object.keys(payload).sort()).toEqual(['activeScenario', 'format', 'scenarios', 'version']);
    for (const scenario of payload.scenarios) expect(Object.keys(scenario).sort()).toEqual(['assumptions', 'currentStaffing', 'funding', 'input', 'multiYear', 'name']);
    expect(decodePlanLink(url.hash)).toEqual({ ok: true, doc: ZURICH, warnings: [] });
  });

  it.each(['', '#', '#results', '#plan', '#other=abc'])('given the fragment "%s", then it is not a plan link (null)', (hash) => {
    expect(decodePlanLink(hash)).toBeNull();
  });

  it.each([
    ['an empty payload', `#${LINK_PARAM}=`],
    ['a truncated payload', `#${encodePlanLink(ZURICH).slice(0, 25)}`],
    ['characters outside the link alphabet', `#${LINK_PARAM}=%%%***`],
  ])('given a damaged link (%s), then decoding fails with a clear message that the current plan is unchanged', (_, hash) => {
    const result = decodePlanLink(hash);
    expect(result?.ok).toBe(false);
    const message = result && !result.ok ? result.errors.map((e) => e.message).join(' ') : '';
    expect(message).toMatch(/damaged|could not be opened/);
    expect(message).toMatch(UNCHANGED);
  });

  it('given a payload that decodes to text that is not JSON, then decoding says so and that the current plan is unchanged', () => {
    const result = decodePlanLink(fragmentFor('this is not a plan'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ message: expect.stringMatching(/not valid JSON/) })] });
    expect(result && !result.ok && result.errors[0]?.message).toMatch(UNCHANGED);
  });

  it('given a tampered link with an invalid population, then decoding names the field and rule and the current plan is unchanged', () => {
    const tampered = withInput(ZURICH, { ...ZIN, population: -5 });
    const result = decodePlanLink(fragmentFor(JSON.stringify(tampered)));
    expect(result?.ok).toBe(false);
    if (!result || result.ok) return;
    expect(result.errors[0]?.field).toBe('scenarios.0.input.population');
    expect(result.errors[0]?.message).toMatch(/Population must be a whole number from 1 to 50,000,000\./);
    expect(result.errors[0]?.message).toMatch(UNCHANGED);
  });

  it('given a link from a newer planner, then decoding asks for an update and the current plan is unchanged', () => {
    const result = decodePlanLink(fragmentFor(JSON.stringify({ ...ZURICH, version: PLAN_VERSION + 1 })));
    expect(result?.ok).toBe(false);
    if (!result || result.ok) return;
    expect(result.errors[0]?.message).toMatch(/newer version of the planner/);
    expect(result.errors[0]?.message).toMatch(UNCHANGED);
  });
});

describe('Opening a link on load', () => {
  it('given a valid link in the address of a first visit, when the page opens, then the plan is loaded in place of the untouched default, the fragment cleared and the address names the plan', () => {
    window.history.replaceState(null, '', `/app/?x=1#${encodePlanLink(ZURICH)}`);

    openLinkFromLocation();

    expect(planState()).toEqual({ input: ZIN, overrides: activeScenarioOf(ZURICH).assumptions, draft: inputToDraft(ZIN) });
    const library = currentLibrary(usePlanner.getState());
    expect(library.plans.map((p) => [p.name, p.plan])).toEqual([['Zürich – Δ, ZH', ZURICH]]);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname + window.location.search).toBe(`/app/?x=1&plan=${library.activePlan}`);
    expect(useNotices.getState().notices).toEqual([expect.objectContaining({ kind: 'info', message: 'The plan from the link is open, saved in your plans as “Zürich – Δ, ZH”.' })]);
  });

  it('given a plan of one’s own open, when a link opens, then both are in the plans, one’s own unchanged, and the notice offers the way back', () => {
    usePlanner.getState().setDraftField('population', '100000');
    const own = currentLibrary(usePlanner.getState()).plans[0];
    window.history.replaceState(null, '', `/#${encodePlanLink(ZURICH)}`);

    openLinkFromLocation();

    const library = currentLibrary(usePlanner.getState());
    expect(library.plans).toHaveLength(2);
    expect(library.plans[0]).toEqual(own);
    expect(library.plans[1]?.plan).toEqual(ZURICH);
    expect(planState().input).toEqual(ZIN);
    const notice = useNotices.getState().notices.at(-1);
    expect(notice?.message).toBe('The plan from the link is open, saved in your plans as “Zürich – Δ, ZH”. Your plan “Norfolk, VA” is unchanged in your plans.');
    expect(notice?.action?.label).toBe('Back to “Norfolk, VA”');
    notice?.action?.run();
    expect(usePlanner.getState().library.activePlan).toBe(own?.id);
    expect(planState().input.population).toBe(100_000);
  });

  it('given the same link opened twice, then there is one copy of its plan', () => {
    usePlanner.getState().setDraftField('population', '100000');
    window.history.replaceState(null, '', `/#${encodePlanLink(ZURICH)}`);
    openLinkFromLocation();
    window.history.replaceState(null, '', `/#${encodePlanLink(ZURICH)}`);
    openLinkFromLocation();

    expect(currentLibrary(usePlanner.getState()).plans.map((p) => p.name)).toEqual(['Norfolk, VA', 'Zürich – Δ, ZH']);
    // The first arrival's notice stays, with its way back, rather than one that says nothing new.
    expect(useNotices.getState().notices).toEqual([
      expect.objectContaining({
        message: 'The plan from the link is open, saved in your plans as “Zürich – Δ, ZH”. Your plan “Norfolk, VA” is unchanged in your plans.',
        action: expect.objectContaining({ label: 'Back to “Norfolk, VA”' }),
      }),
    ]);
    expect(window.location.hash).toBe('');
  });

  it('given the same link opened twice with no notice of its first arrival left, then the second says it is the one already open', () => {
    usePlanner.getState().setDraftField('population', '100000');
    window.history.replaceState(null, '', `/#${encodePlanLink(ZURICH)}`);
    openLinkFromLocation();
    useNotices.getState().clear();
    window.history.replaceState(null, '', `/#${encodePlanLink(ZURICH)}`);
    openLinkFromLocation();
    expect(useNotices.getState().notices.at(-1)?.message).toBe('The plan from the link is the one already open (“Zürich – Δ, ZH”); nothing was added.');
  });

  it('given a damaged link in the address, when the page opens, then the current plan stays and an error notice explains', () => {
    usePlanner.getState().setDraftField('population', '100000');
    usePlanner.getState().setOverride('fringeRate', 0.28);
    const before = planState();
    window.history.replaceState(null, '', `/#${encodePlanLink(ZURICH).slice(0, 25)}`);

    openLinkFromLocation();

    expect(planState()).toEqual(before);
    const notices = useNotices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('error');
    expect(notices[0]?.message).toMatch(UNCHANGED);
    expect(window.location.hash).toBe('');
  });

  it('given a tampered link in the address, when the page opens, then the current plan stays and the notice names the field', () => {
    const before = planState();
    window.history.replaceState(null, '', `/${fragmentFor(JSON.stringify(withInput(ZURICH, { ...ZIN, population: 0 })))}`);

    openLinkFromLocation();

    expect(planState()).toEqual(before);
    expect(useNotices.getState().notices).toEqual([
      expect.objectContaining({ kind: 'error', message: expect.stringMatching(/Population must be a whole number/) }),
    ]);
  });

  it('given an address fragment that is not a plan link, when the page opens, then nothing changes', () => {
    window.history.replaceState(null, '', '/#results');
    const before = planState();

    openLinkFromLocation();

    expect(planState()).toEqual(before);
    expect(useNotices.getState().notices).toEqual([]);
    expect(window.location.hash).toBe('#results');
  });
});
