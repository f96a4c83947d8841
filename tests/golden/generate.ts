// Writes tests/golden/baseline.json.gz from the code as it is. Run only on the commit the golden
// check is taken from (see cases.ts); the test compares against the file, never regenerates it.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { goldenOutputs } from './cases';

const outputs = await goldenOutputs();
const json = JSON.stringify(outputs);
writeFileSync(new URL('./baseline.json.gz', import.meta.url), gzipSync(json, { level: 9 }));
console.log(`${Object.keys(outputs).length} outputs, ${json.length} characters`);
