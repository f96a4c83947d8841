// Which plan of the library is open, above the planner: its name, that it is saved in this
// browser, and the way to the others. A plan arriving from a link never takes this one's place.
import { activePlanName } from '../../state/planSelectors';
import { STORAGE_KEY, usePlanner } from '../../state/store';
import { useSaveFailures } from '../../state/persistence';
import { useNotices } from '../../state/notices';
import { navigate, openPlanPage } from './navigation';

export function CurrentPlanBar() {
  const name = usePlanner(activePlanName);
  const count = usePlanner((s) => s.library.plans.length);
  const notSaved = useSaveFailures((s) => s.keys.includes(STORAGE_KEY));
  const newPlan = () => {
    const added = usePlanner.getState().newPlan();
    if (!added.ok) {
      useNotices.getState().push({ kind: 'error', message: added.message });
      return;
    }
    openPlanPage(added.id);
    useNotices.getState().push({ kind: 'info', message: `Started a new plan from the defaults. Your other plans are in “Your plans”.` });
  };
  return (
    <section className="current-plan" aria-label="Open plan">
      <p>
        <span className="current-plan-label">Plan:</span> <strong>{name}</strong>{' '}
        {notSaved ? (
          <span className="current-plan-unsaved">not saved: this browser refused to save your plans (see the message above)</span>
        ) : (
          <span className="current-plan-note">saved in this browser{count > 1 ? `, one of your ${count} plans` : ''}</span>
        )}
      </p>
      <button type="button" onClick={() => navigate({ view: 'plans' }, { focusNav: true })}>
        Your plans
      </button>
      <button type="button" onClick={newPlan}>
        New plan
      </button>
    </section>
  );
}
