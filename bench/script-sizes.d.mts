// Types of script-sizes.mjs, for the TypeScript that imports it (the size e2e test).
export interface Size {
	raw: number;
	gzip: number;
}
export function sizeOf(file: string): Size;
export function staticClosure(dir: string, entry: string): string[];
export function totalSize(dir: string, files: readonly string[]): Size;
