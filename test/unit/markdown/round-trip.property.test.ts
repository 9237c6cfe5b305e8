// Export, import, export of generated meetings full of hostile text: the minutes come back the
// same, the importer never throws, and what the user typed survives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { hasSection } from '../../../src/markdown/mirage-www.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { meetingArb } from '../../helpers/arbitraries.ts';
import { corpusFiles } from '../../helpers/corpus.ts';
import { fcParams } from '../../helpers/fc-params.ts';
import { frontMatterValues, html, splitFrontMatter } from '../../helpers/render.ts';
import { semantic, withoutLayout } from '../../helpers/semantic.ts';

const runs = fcParams(300);
const mirage = (m: Parameters<typeof exportMinutes>[0]) => exportMinutes(m, 'mirage-www').markdown;
const read = (text: string) => {
	const result = importMinutes(text, { fileName: 'x.md' });
	if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}\n${text}`);
	return result.meeting;
};

describe('export -> import -> export', () => {
	it('gives the same bytes', () => {
		fc.assert(fc.property(meetingArb, (meeting) => {
			const first = mirage(meeting);
			expect(mirage(read(first))).toBe(first);
		}), runs);
	});

	it('gives the same rendered minutes when regenerated from the model alone, and is stable from then on', () => {
		fc.assert(fc.property(meetingArb, (meeting) => {
			const first = mirage(meeting);
			const second = mirage(withoutLayout(read(first)));
			expect(html(splitFrontMatter(second).body)).toBe(html(splitFrontMatter(first).body));
			expect(frontMatterValues(second)).toEqual(frontMatterValues(first));
			expect(mirage(withoutLayout(read(second)))).toBe(second);
			expect(semantic(read(second))).toEqual(semantic(read(first)));
		}), runs);
	});

	it('keeps the title, date, people and item titles the user typed', () => {
		fc.assert(fc.property(meetingArb, (meeting) => {
			const first = mirage(meeting);
			expect(frontMatterValues(first)).toMatchObject({ subject: meeting.title, updated: meeting.date });
			const back = read(first);
			const oneLine = (t: string) => t.replace(/\r\n?|\n/g, ' ').trim();
			// Where an unplanned item falls among planned ones that have no section, the file cannot say;
			// one raised and left empty is not in the minutes at all.
			const titles = (items: typeof meeting.items, unplanned: boolean) => items.filter((i) => (i.unplanned ?? false) === unplanned).map((i) => oneLine(i.title));
			expect(titles(back.items, false)).toEqual(titles(meeting.items, false));
			expect(titles(back.items, true)).toEqual(titles(meeting.items.filter((i) => hasSection(i, meeting)), true));
			expect(back.attendees.map((a) => [a.name, a.presence]).sort()).toEqual(meeting.attendees.map((a) => [a.name, a.presence]).sort());
			expect(back.chair).toBe(meeting.chair);
			expect(back.nextCall).toBe(meeting.nextCall);
			// A link definition typed as a line of notes reads back as the item's link (the same
			// minutes either way), and where its label is also a link's, Markdown keeps only the
			// first of the two: links under such labels are left out; every other is kept as it was.
			const typedAsNotes = new Set(meeting.items.flatMap((i) => [...i.notes.matchAll(/^ {0,3}\[([^\]]+)\]:/gm)].map((m) => (m[1] ?? '').toLowerCase())));
			const kept = (links: Array<{ id: string }>) => links.filter((l) => !typedAsNotes.has(l.id.toLowerCase()));
			expect(kept(back.items.flatMap((i) => i.links))).toEqual(kept(meeting.items.flatMap((i) => i.links)));
		}), runs);
	});

	it('the plain profile renders every item heading and action', () => {
		fc.assert(fc.property(meetingArb, (meeting) => {
			const out = html(exportMinutes(meeting, 'plain').markdown);
			const headings = [...out.matchAll(/<h2>(.*?)<\/h2>/g)].length;
			// Every item with something in it: one raised and left empty has no section.
			const sections = meeting.items.filter((i) => i.notes.trim() !== '' || i.links.length > 0 || i.decisions.length > 0 || i.actions.length > 0).length;
			const extra = (meeting.items.some((i) => !i.unplanned) ? 1 : 0) + (meeting.items.some((i) => i.decisions.length > 0) ? 1 : 0) + (meeting.items.some((i) => i.actions.length > 0) ? 1 : 0) + (meeting.aob.trim() !== '' ? 1 : 0);
			expect(headings).toBe(sections + extra);
		}), runs);
	});
});

describe('the importer', () => {
	it('never throws on arbitrary text', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
			importMinutes(text, { fileName: '2020-01-01.md' });
		}), fcParams(1000));
	});

	const real = corpusFiles().map((f) => f.text);
	it.skipIf(real.length === 0)('never throws on mutated real minutes, and exports what it read unchanged', () => {
		const mutated = fc.tuple(fc.constantFrom(...(real.length > 0 ? real : [''])), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('delete', 'duplicate', 'insert')), { maxLength: 8 }), fc.string({ maxLength: 20 }))
			.map(([text, edits, insert]) => {
				const lines = text.split('\n');
				for (const [a, b, kind] of edits) {
					const at = a % Math.max(1, lines.length);
					if (kind === 'delete') lines.splice(at, 1 + (b % 3));
					else if (kind === 'duplicate') lines.splice(at, 0, ...lines.slice(b % Math.max(1, lines.length), (b % Math.max(1, lines.length)) + 2));
					else lines.splice(at, 0, insert);
				}
				return lines.join('\n');
			});
		fc.assert(fc.property(mutated, (text) => {
			const result = importMinutes(text, { fileName: '2015-01-01.md' });
			if (result.ok) expect(exportMinutes(result.meeting, 'mirage-www').markdown).toBe(text.replace(/\r\n?/g, '\n'));
		}), fcParams(300));
	});
});
