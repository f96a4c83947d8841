// A faster `label.control` for jsdom — same answers, found through the document's id index.
//
// jsdom 29 resolves `<label for="id">` by walking the whole document looking for the id, once
// per label, every time a field's `labels` list is rebuilt; and every accessible-name computation
// (getByRole(…, { name }), toHaveAccessibleName) reads `labels` for each candidate field. On the
// whole planner that walk was about 80% of a UI test's time (11.7 s of 14 s in one profiled test).
//
// This replaces jsdom's own `HTMLLabelElement.control` (the implementation class behind the DOM
// object, which `labels` also uses) with one that asks the document's `getElementById` — jsdom's
// id index, which returns the first element in tree order with that id, exactly what the walk
// finds. The rest of the rule is jsdom's: an empty `for` has no control, a found element that is
// not labelable gives null, a label without `for` uses its first labelable descendant, and a label
// outside a document (a detached tree) keeps jsdom's walk. Only the search is faster: every query
// finds the same elements. support/fastLabels.test.ts checks the two agree.
//
// jsdom fixed this upstream (jsdom/jsdom#4237 and #4253; jsdom 30.1.3 has both), but jsdom 30 and
// later need Node 22, and the project runs on Node 20. Once the project's jsdom has the fix, this
// file can go.
import { createRequire } from 'node:module';

interface LabelImpl {
  hasAttributeNS(namespace: null, name: string): boolean;
  getAttributeNS(namespace: null, name: string): string | null;
  getRootNode(options: object): { nodeType: number; getElementById?: (id: string) => unknown };
}

type ControlGetter = (this: LabelImpl) => unknown;

/** jsdom's own getter, kept on the prototype under this key once the faster one is installed. */
export const JSDOM_LABEL_CONTROL = Symbol.for('cvi-planner.jsdomLabelControl');
const DOCUMENT_NODE = 9;

function install(): void {
  const require = createRequire(import.meta.url);
  let labelImpl: { prototype: object } | undefined;
  let isLabelable: ((node: unknown) => boolean) | undefined;
  try {
    labelImpl = (require('jsdom/lib/jsdom/living/nodes/HTMLLabelElement-impl.js') as { implementation?: { prototype: object } }).implementation;
    isLabelable = (require('jsdom/lib/jsdom/living/helpers/form-controls.js') as { isLabelable?: (node: unknown) => boolean }).isLabelable;
  } catch {
    return; // another jsdom layout: leave jsdom as it is (slower, never different)
  }
  if (!labelImpl || typeof isLabelable !== 'function') return;
  const proto = labelImpl.prototype as Record<PropertyKey, unknown>;
  if (proto[JSDOM_LABEL_CONTROL]) return; // already installed in this process
  const original = Object.getOwnPropertyDescriptor(proto, 'control')?.get as ControlGetter | undefined;
  if (!original) return;
  const labelable = isLabelable;

  Object.defineProperty(proto, 'control', {
    configurable: true,
    get(this: LabelImpl) {
      if (this.hasAttributeNS(null, 'for')) {
        const forValue = this.getAttributeNS(null, 'for') ?? '';
        if (forValue === '') return null;
        const root = this.getRootNode({});
        if (root.nodeType === DOCUMENT_NODE && typeof root.getElementById === 'function') {
          const target = root.getElementById(forValue);
          return target && labelable(target) ? target : null;
        }
      }
      return original.call(this);
    },
  });
  Object.defineProperty(proto, JSDOM_LABEL_CONTROL, { value: original });
}

install();
