// Shared test setup. DOM matchers are registered here; UI test files opt into jsdom with
// a `// @vitest-environment jsdom` pragma so model and CLI tests stay in plain Node.
import '@testing-library/jest-dom/vitest';

// The planner loads its lower sections after the first paint (src/ui/planner/sections/index.ts). In the UI
// tests (jsdom) load them before each file runs, so a rendered App shows every section at once,
// as it does in a browser a moment after the first paint. The browser tests cover the loading.
if (typeof window !== 'undefined') {
  const { preloadSections } = await import('../src/ui/planner/sections');
  await preloadSections();
  // The same for the working behind "Why this number?", which the planner loads after the first paint.
  const { preloadExplanations } = await import('../src/ui/planner/Why');
  await preloadExplanations();
  // And the glossary dialog, which its header button loads after the first paint.
  const { preloadGlossary } = await import('../src/ui/glossary/Glossary');
  await preloadGlossary();
  // And what each input drives, whose rules the inputs panel loads after the first paint.
  const { preloadInputUse } = await import('../src/ui/planner/InputsPanel');
  await preloadInputUse();
  // findBy… waits up to 5 s (not 1 s): the portfolio page's code loads on first use, and on a busy
  // 2-core CI machine that alone took over a second. A wait budget, not a timing assertion.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}
