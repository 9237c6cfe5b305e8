// Sizes of the built extension's scripts: each entry point, and what a page loads before it is
// interactive. Deterministic (bytes of files on disk), so CI can hold the startup budget.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`: static imports in esbuild's
// output. `import("./x.js")` (on demand) is not matched: it is followed by "(".
const STATIC = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;

/** Raw and gzip (level 9) bytes of one file. */
export function sizeOf(file) {
	const bytes = readFileSync(file);
	return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The entry and every script it imports statically, transitively (paths relative to `dir`). */
export function staticClosure(dir, entry) {
	const seen = new Set();
	const visit = (file) => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = readFileSync(join(dir, file), 'utf8');
		for (const match of text.matchAll(STATIC)) visit(relative(dir, normalize(join(dir, dirname(file), match[1]))));
	};
	visit(entry);
	return [...seen];
}

/** Total raw and gzip bytes of files (relative to `dir`), each compressed on its own as a browser fetches it. */
export function totalSize(dir, files) {
	return files.map((f) => sizeOf(join(dir, f))).reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
}
