// Every test starts from a new visitor's planner: the default plan, no notices, empty storage and
// a URL without a fragment. zustand 5 keeps the state a store was created with
// (`getInitialState`); replacing the state with it also writes it to storage through persist,
// so storage is cleared afterwards.
import { useNotices } from '../../../src/state/notices';
import { useSaveFailures } from '../../../src/state/persistence';
import { usePlanner } from '../../../src/state/store';

export function resetStores(): void {
  usePlanner.setState(usePlanner.getInitialState(), true);
  useNotices.setState(useNotices.getInitialState(), true);
  useSaveFailures.setState({ keys: [] });
  usePlanner.persist.clearStorage();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
}
