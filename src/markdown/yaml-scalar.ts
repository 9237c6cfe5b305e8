// Just enough YAML for front matter: writing a string so any YAML parser reads it back as the
// same string, and reading the scalar forms front matter uses. Anything more (block scalars,
// flow collections, anchors) is reported, not guessed at.

const RESERVED = /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\.inf|\.nan|\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+))$/i;
const PLAIN_SAFE = /^[A-Za-z0-9_./][^:#\n\r\t]*$|^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s#]*$/;

/** A plain scalar where that reads back unchanged, otherwise a quoted one. */
export function yamlString(value: string): string {
	if (value !== '' && value === value.trim() && PLAIN_SAFE.test(value) && !RESERVED.test(value) && !/[\s]$|\s#|: /.test(value)) {
		return value;
	}
	return yamlQuoted(value);
}

/** Single-quoted (the house style) unless the text holds a character only double quotes can carry. */
export function yamlQuoted(value: string): string {
	// In single quotes a line break folds into a space, and control characters cannot appear.
	if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value)) return yamlDoubleQuoted(value);
	return `'${value.replaceAll("'", "''")}'`;
}

const DOUBLE_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\', '\0': '\\0' };

function yamlDoubleQuoted(value: string): string {
	const body = [...value]
		.map((ch) => {
			const known = DOUBLE_ESCAPES[ch];
			if (known !== undefined) return known;
			const code = ch.codePointAt(0) ?? 0;
			if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
				return `\\u${code.toString(16).padStart(4, '0')}`;
			}
			return ch;
		})
		.join('');
	return `"${body}"`;
}

export type ScalarResult = { ok: true; value: string } | { ok: false; message: string; column: number };

/** Reads one scalar written on a single line (`text` is what follows `key: `). */
export function readScalar(text: string): ScalarResult {
	const trimmed = text.trim();
	if (trimmed.startsWith("'")) {
		const end = findClosingSingle(trimmed);
		if (end < 0) return { ok: false, message: 'a single-quoted value has no closing quote', column: 1 };
		if (!isTrailingComment(trimmed.slice(end + 1))) return { ok: false, message: 'unexpected text after a quoted value', column: end + 2 };
		return { ok: true, value: trimmed.slice(1, end).replaceAll("''", "'") };
	}
	if (trimmed.startsWith('"')) return readDoubleQuoted(trimmed);
	if (/^[|>]/.test(trimmed)) return { ok: false, message: 'block scalars (| or >) are not supported in front matter', column: 1 };
	if (/^[[{&*!%@`]/.test(trimmed)) return { ok: false, message: `a value starting with "${trimmed[0]}" is not supported in front matter`, column: 1 };
	const comment = trimmed.search(/\s#/);
	return { ok: true, value: (comment < 0 ? trimmed : trimmed.slice(0, comment)).trim() };
}

function findClosingSingle(text: string): number {
	for (let i = 1; i < text.length; i++) {
		if (text[i] !== "'") continue;
		if (text[i + 1] === "'") i++;
		else return i;
	}
	return -1;
}

function isTrailingComment(rest: string): boolean {
	return rest.trim() === '' || /^\s+#/.test(rest);
}

function readDoubleQuoted(text: string): ScalarResult {
	let value = '';
	for (let i = 1; i < text.length; i++) {
		const ch = text[i] ?? '';
		if (ch === '"') {
			if (!isTrailingComment(text.slice(i + 1))) return { ok: false, message: 'unexpected text after a quoted value', column: i + 2 };
			return { ok: true, value };
		}
		if (ch !== '\\') {
			value += ch;
			continue;
		}
		const next = text[++i] ?? '';
		const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '0': '\0', '/': '/', ' ': ' ', e: '\u001b', a: '\u0007', b: '\b', f: '\f', v: '\v' };
		if (simple[next] !== undefined) {
			value += simple[next];
			continue;
		}
		const width = ({ x: 2, u: 4, U: 8 } as Record<string, number>)[next];
		const hex = width === undefined ? '' : text.slice(i + 1, i + 1 + width);
		if (width === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) {
			return { ok: false, message: `unknown escape "\\${next}" in a double-quoted value`, column: i };
		}
		value += String.fromCodePoint(Number.parseInt(hex, 16));
		i += width;
	}
	return { ok: false, message: 'a double-quoted value has no closing quote', column: 1 };
}
