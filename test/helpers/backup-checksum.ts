// The checksum a backup carries, made independently of src/ (sorted-key JSON, SHA-256), so tests
// can build files that pass the checksum and exercise the checks behind it.
import { createHash } from 'node:crypto';

const canonical = (value: unknown): string => {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		return `{${Object.keys(record).sort().filter((k) => record[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
};

export async function makeChecksum(value: unknown): Promise<string> {
	return `sha256:${createHash('sha256').update(canonical(value)).digest('hex')}`;
}
