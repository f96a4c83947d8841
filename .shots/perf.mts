import { makeInput, makePlanDocument, newLibrary, addPlan, serialiseLibrary, updatePlan, planContentKey } from '../src/model';
let lib = newLibrary(makePlanDocument(makeInput({ placeName: 'A', state: 'VA', population: 100000, homicides: 10 })), new Date().toISOString());
for (let i = 0; i < 99; i++) { const r = addPlan(lib, makePlanDocument(makeInput({ placeName: 'P' + i, state: 'VA', population: 100000 + i, homicides: 10 }), { fringeRate: 0.3 }), { now: new Date().toISOString() }); if (r.ok) lib = r.library; }
const t0 = performance.now(); let n = 0; let len = 0;
for (let k = 0; k < 200; k++) { const l = updatePlan(lib, lib.activePlan, lib.plans[0]!.plan, new Date().toISOString()); len = JSON.stringify({ state: { doc: l, draft: {} }, version: 1 }).length; n++; }
console.log('per save ms', ((performance.now() - t0) / n).toFixed(3), 'bytes', len);
const t1 = performance.now(); for (let k = 0; k < 50; k++) addPlan(lib, lib.plans[3]!.plan, { now: 'x' }); console.log('addPlan dedupe ms', ((performance.now() - t1) / 50).toFixed(3));
