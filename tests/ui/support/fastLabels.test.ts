// @vitest-environment jsdom
// support/fastLabels.ts swaps jsdom's `label.control` for a faster lookup. These checks hold it to
// the HTML rule (https://html.spec.whatwg.org/multipage/forms.html#labeled-control) and to jsdom's
// own getter on every case the rule distinguishes, so the UI tests find exactly what they found.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM_LABEL_CONTROL } from './fastLabels';

afterEach(() => {
  document.body.innerHTML = '';
});

const LABELABLE = new Set(['button', 'meter', 'output', 'progress', 'select', 'textarea']);
const isLabelable = (el: Element) =>
  el.namespaceURI === 'http://www.w3.org/1999/xhtml' && (LABELABLE.has(el.localName) || (el.localName === 'input' && (el as HTMLInputElement).type !== 'hidden'));

/** The labeled control by the HTML rule, found by walking the tree with public DOM only. */
function byTheRule(label: HTMLLabelElement): Element | null {
  if (label.hasAttribute('for')) {
    const id = label.getAttribute('for');
    if (id === '') return null;
    const root = label.getRootNode();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
      if (node instanceof Element && node.getAttribute('id') === id) return isLabelable(node) ? node : null;
    }
    return null;
  }
  return [...label.querySelectorAll('*')].find(isLabelable) ?? null;
}

/** jsdom's own getter, run on the implementation object behind `label`. */
function byJsdom(label: HTMLLabelElement): Element | null {
  const implKey = Object.getOwnPropertySymbols(label).find((s) => s.description === 'impl');
  if (!implKey) throw new Error('no jsdom implementation object');
  const impl = (label as unknown as Record<symbol, object>)[implKey] as Record<symbol, unknown>;
  const original = Object.getPrototypeOf(impl)[JSDOM_LABEL_CONTROL] as (this: object) => object | null;
  const found = original.call(impl) as Record<symbol, unknown> | null;
  if (!found) return null;
  const wrapperKey = Object.getOwnPropertySymbols(found).find((s) => s.description === 'wrapper');
  return wrapperKey ? (found[wrapperKey] as Element) : null;
}

function expectSameControl(label: HTMLLabelElement, expected: Element | null) {
  expect(byTheRule(label)).toBe(expected);
  expect(byJsdom(label)).toBe(expected);
  expect(label.control).toBe(expected);
}

describe('the faster label.control', () => {
  it('is installed on jsdom’s label implementation', () => {
    const require = createRequire(import.meta.url);
    const { implementation } = require('jsdom/lib/jsdom/living/nodes/HTMLLabelElement-impl.js') as { implementation: { prototype: Record<symbol, unknown> } };
    expect(typeof implementation.prototype[JSDOM_LABEL_CONTROL]).toBe('function');
  });

  it('given for="id", then the field with that id; a missing id, an empty for, a hidden input or an element that cannot be labelled give none', () => {
    document.body.innerHTML = `
      <label id="a" for="population">Population</label><input id="population">
      <label id="b" for="nowhere">Nowhere</label>
      <label id="c" for="">Empty</label><input id="">
      <label id="d" for="secret">Secret</label><input id="secret" type="hidden">
      <label id="e" for="box">Box</label><div id="box"></div>
      <label id="f" for="pick">Pick</label><select id="pick"></select>
      <label id="g" for="note">Note</label><textarea id="note"></textarea>
      <label id="h" for="go">Go</label><button id="go"></button>`;
    const label = (id: string) => document.getElementById(id) as HTMLLabelElement;
    expectSameControl(label('a'), document.getElementById('population'));
    expectSameControl(label('b'), null);
    expectSameControl(label('c'), null);
    expectSameControl(label('d'), null);
    expectSameControl(label('e'), null);
    expectSameControl(label('f'), document.getElementById('pick'));
    expectSameControl(label('g'), document.getElementById('note'));
    expectSameControl(label('h'), document.getElementById('go'));
  });

  it('given two elements with the same id, then the first in tree order, whichever was added first, and none if that one cannot be labelled', () => {
    document.body.innerHTML = '<label id="l" for="dup">Dup</label><section></section><input id="dup">';
    const label = document.getElementById('l') as HTMLLabelElement;
    const later = document.getElementById('dup');
    expectSameControl(label, later);
    const earlier = document.createElement('input');
    earlier.id = 'dup';
    document.querySelector('section')?.append(earlier);
    expectSameControl(label, earlier);
    const div = document.createElement('div');
    div.id = 'dup';
    document.querySelector('section')?.prepend(div);
    expectSameControl(label, null);
    div.remove();
    earlier.remove();
    expectSameControl(label, later);
  });

  it('follows ids and for attributes as they change', () => {
    document.body.innerHTML = '<label id="l" for="x">X</label><input id="one"><input id="two">';
    const label = document.getElementById('l') as HTMLLabelElement;
    expectSameControl(label, null);
    document.getElementById('two')?.setAttribute('id', 'x');
    expectSameControl(label, document.querySelectorAll('input')[1] ?? null);
    label.htmlFor = 'one';
    expectSameControl(label, document.getElementById('one'));
    label.removeAttribute('for');
    expectSameControl(label, null);
  });

  it('given no for, then the first labelable element inside the label', () => {
    document.body.innerHTML = '<label id="l">Name <span><input type="hidden"><input id="inner"></span><select></select></label>';
    expectSameControl(document.getElementById('l') as HTMLLabelElement, document.getElementById('inner'));
  });

  it('given a label outside the document, then its own tree is searched, not the document', () => {
    document.body.innerHTML = '<input id="field">';
    const detached = document.createElement('div');
    detached.innerHTML = '<label for="field">Field</label><input id="field">';
    const label = detached.querySelector('label') as HTMLLabelElement;
    expectSameControl(label, detached.querySelector('input'));
    const lonely = document.createElement('label');
    lonely.htmlFor = 'field';
    expectSameControl(lonely, null);
  });

  it('given several labels for one field, then its labels list holds each of them in tree order', () => {
    document.body.innerHTML = '<label id="a" for="f">A</label><label id="b">B <input id="f"></label><label id="c" for="f">C</label><label for="g">G</label>';
    const field = document.getElementById('f') as HTMLInputElement;
    expect([...(field.labels ?? [])].map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });
});
