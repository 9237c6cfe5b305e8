// Inline Markdown read as the words a reader sees, for places that show no Markdown: a page's
// description, a mail's subject. "`mirage-dev`" is mirage-dev, "[post on the list][tls-xen]"
// is "post on the list", "**now**" is "now".

/** Any character a mark starts with, or whitespace to fold: text without them is already plain. */
const MARKED = /[\\`[\]<*_~\ue000-\uf8ff]|\s\s|[^\S ]|^\s|\s$/;

export function plainText(markdown: string): string {
	if (!MARKED.test(markdown)) return markdown;
	// An escaped character is itself, and no mark: held aside (as a private-use character) until the end.
	const held: string[] = [];
	const hold = (c: string) => String.fromCharCode(0xe000 + held.push(c) - 1);
	return (
		markdown
			// Text that has private-use characters of its own keeps them.
			.replace(/[\ue000-\uf8ff]/g, (c) => hold(c))
			.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => hold(c))
			// Code spans first: what they hold is literal.
			.replace(/(`+)([\s\S]*?)\1/g, (_, _ticks: string, code: string) => code.trim())
			// Images and links, inline or by reference, keep their text.
			.replace(/!?\[((?:[^[\]\\]|\\.)*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1')
			.replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
			// Emphasis: a run of * or _ that opens and closes around text.
			.replace(/(\*{1,3})(?=\S)([\s\S]*?\S)\1/g, '$2')
			// Underscores inside a word ("a_b_c") are no emphasis (CommonMark §6.2).
			.replace(/(?<![\p{L}\p{N}])(_{1,3})(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
			.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/[\ue000-\uf8ff]/g, (c) => held[c.charCodeAt(0) - 0xe000] ?? c)
	);
}
