// The plan a new visitor sees: the CAPS calibration city with the default methodology.
import { cityFill, findCity, inputToDraft, makeInput, type PlanInput } from '../model';

const DEFAULT_CITY = 'Norfolk, VA';

export function defaultInput(): PlanInput {
  const city = findCity(DEFAULT_CITY);
  if (!city) throw new Error(`default city ${DEFAULT_CITY} missing from the presets`);
  return makeInput(cityFill(city).fields);
}

export function defaultDraft() {
  return inputToDraft(defaultInput());
}
