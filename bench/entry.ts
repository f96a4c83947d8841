// What the benchmark needs from the source, bundled once with esbuild (not tsx, whose __name
// wrappers distort timings): the model as the app ships it, the app's opening plan and the floor's.
export * from '../src/model';
export { defaultInput } from '../src/state/defaults';
export { floorPlan } from './floor/plan';
