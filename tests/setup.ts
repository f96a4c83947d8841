// Shared test setup. DOM matchers are registered here; UI test files opt into jsdom with
// a `// @vitest-environment jsdom` pragma so model and CLI tests stay in plain Node.
import '@testing-library/jest-dom/vitest';
