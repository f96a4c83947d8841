// The planning model's public surface. UI, state, CLI and exports import from here.
export * from './assumptions';
export * from './roles';
export * from './presets';
export * from './input';
export * from './overrides';
export * from './computePlan';
export * from './mtdc';
export * from './format';
export * from './cities';
export * from './draft';
export * from './planDocument';
export * from './multiYear';
export * from './funding';
export * from './costOfViolence';
export * from './sensitivity';
export * from './uncertainty';
export * from './portfolio';
