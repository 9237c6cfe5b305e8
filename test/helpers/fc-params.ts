// fast-check settings: random seeds when developers run the tests (to keep finding new cases;
// FC_RUNS raises the count), a fixed seed in CI so a submission's result is reproducible, and
// FC_SEED to replay a failure that fast-check reported.
import type { Parameters } from 'fast-check';

export function fcParams(numRuns: number): Parameters<unknown> {
	const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261121' : undefined);
	return { numRuns: Number(process.env['FC_RUNS'] ?? numRuns), ...(seed === undefined ? {} : { seed: Number(seed) }) };
}
