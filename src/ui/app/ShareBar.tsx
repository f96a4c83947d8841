// "Copy link": the plan's inputs and assumptions in the URL fragment.
import { planLinkUrl } from '../../model';
import { shareableDocument } from '../../state/planSelectors';
import { usePlanner } from '../../state/store';
import { CopyLink } from './CopyLink';

export function ShareBar() {
  return (
    <CopyLink
      buttonLabel="Copy link"
      linkLabel="Link to this plan"
      copiedMessage="Link copied. It holds this plan’s inputs and assumptions, not its results."
      linkFor={(base) => planLinkUrl(shareableDocument(usePlanner.getState()), base)}
    />
  );
}
