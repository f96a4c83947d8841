// The plan: computePlan (numbers) and explainPlan (the working behind them).
export * from './types';
export { ROUNDING_ALLOWANCE_FACTOR, roundHalfUp, roundMoney } from './rounding';
export { computePlan, computeCapsReference, capsReferenceInput, capsReferenceOf, type CapsReference, roleOf } from './computePlan';
export { explainInput, explainPlan, workingSources } from './explain';
export { capsComparisonText, capsParticipantsNote, capsReferenceLabel, type ComparedPlan } from './capsComparison';
export { budgetLineDescription, budgetLineLabel, sharedLineLabel, deMinimisRate, DIRECT_ASSISTANCE_LABEL, indirectRate, participantServicesParam } from './budget';
export { CASE_MANAGEMENT_ROLES, SITE_TEAM_PARAM, sitesOf, siteTeamStaff } from './staffing';
