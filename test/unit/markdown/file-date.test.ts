// The meeting date, wherever a minutes file says it (issue 14): other communities put it in a `date:`
// key, a title, a heading, a "Date:" or "Meeting Date/Time:" line, or a byline; a page copied from the
// browser has it under its title. Only where the file says none is the date asked for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { corpusDir } from '../../helpers/corpus.ts';

const dateOf = (text: string, fileName = 'minutes.md', date?: string) => {
	const result = importMinutes(text, { fileName, ...(date === undefined ? {} : { date }) });
	return result.ok ? result.meeting.date : result.errors.map((e) => e.code).join(',');
};
const agenda = '\n## Agenda\n\n- Release\n';

describe('the meeting date', () => {
	it.each([
		['a front-matter date:', '---\nlayout: minutes\ndate: 2019-01-07\ntitle: Telco\n---\n' + agenda, '2019-01-07'],
		['a front-matter date with a time', '---\ndate: 2019-01-07 15:00\n---\n' + agenda, '2019-01-07'],
		['a front-matter title', '---\ntitle: Publishing Working Group Telco — 2019-01-07\n---\n' + agenda, '2019-01-07'],
		['a heading', '# Node.js Foundation TSC Meeting 2018-01-10\n' + agenda, '2018-01-10'],
		['a "Date:" line', 'Minutes of the dev call\n\nDate: 10 January 2018\n' + agenda, '2018-01-10'],
		['a bold "Date:" line', '# Minutes\n\n**Date:** 2019-01-07\n' + agenda, '2019-01-07'],
		['a "Meeting Date/Time:" line', '# Developers call\n\n* Meeting Date/Time: January 10, 2018 16:00 UTC\n' + agenda, '2018-01-10'],
		['a byline', 'Weekly Meeting\nBy Richard Mortier - 2015-08-26\n' + agenda, '2015-08-26'],
		['a page copied from the browser', 'Mirage OS Logo\n\nThe MirageOS Documentation\n\nWeekly Meeting: 2015-08-26\nBy Richard Mortier - 2015-08-26\n\nAgenda\n\nRelease\n', '2015-08-26'],
	])('comes from %s', (_, text, date) => {
		expect(dateOf(text)).toBe(date);
	});

	it("takes the file's own head, then its text, then its name; and the name where the file is far from it", () => {
		expect(dateOf('---\nupdated: 2015-08-26\n---\n# Call of 2015-08-19\n' + agenda, 'minutes.md')).toBe('2015-08-26');
		expect(dateOf('---\nupdated: 2015-08-26\n---\n# Call of 2015-08-19\n' + agenda, '2015-08-12.md')).toBe('2015-08-12');
		// A name a day off is the day the minutes were written up; a week off, the text is last week's heading.
		expect(dateOf('# Call of 2015-08-12\n' + agenda, '2015-08-13.md')).toBe('2015-08-12');
		expect(dateOf('# Call of 2015-08-05\n' + agenda, '2015-08-12.md')).toBe('2015-08-12');
		expect(dateOf('# Minutes\n' + agenda, '2015-08-12.md')).toBe('2015-08-12');
	});

	it('is not taken from a date deep in the notes, nor from one without a year', () => {
		const deep = `# Minutes\n${agenda}${'\nA line.\n'.repeat(60)}\nThe call on 2015-08-26 was long.\n`;
		expect(dateOf(deep)).toBe('no-date');
		expect(dateOf('# Minutes\n\nThe next call is on Wednesday, 25th March.\n' + agenda)).toBe('no-date');
	});

	it('is the one given when the file says none, and only then', () => {
		expect(dateOf('# Minutes\n' + agenda, 'notes.md', '2026-12-02')).toBe('2026-12-02');
		expect(dateOf('# Minutes of 2018-01-10\n' + agenda, 'notes.md', '2026-12-02')).toBe('2018-01-10');
	});

	// The other communities' minutes and the published page text, beside the MirageOS corpus.
	const shared = join(corpusDir, '..');
	const others = ['nodejs-tsc', 'w3c-publ-wg'].filter((d) => existsSync(join(shared, d)));
	it.skipIf(others.length === 0)("is found in the text of every file of the other communities' minutes", () => {
		for (const dir of others) {
			for (const name of readdirSync(join(shared, dir)).filter((n) => n.endsWith('.md'))) {
				const named = /\d{4}-\d{2}-\d{2}/.exec(name)?.[0] ?? '';
				const text = readFileSync(join(shared, dir, name), 'utf8');
				// Read as if the file had no telling name, a date still comes from the text itself; with its name,
				// it is the name's, or a day off (a file named the day after its meeting).
				expect(dateOf(text, 'minutes.md'), `${dir}/${name}`).toMatch(/^\d{4}-\d\d-\d\d$/);
				expect(Math.abs(Date.parse(dateOf(text, name)) - Date.parse(named)), `${dir}/${name}`).toBeLessThanOrEqual(86_400_000);
			}
		}
	});
	const pages = join(corpusDir, 'page-text');
	it.skipIf(!existsSync(pages))('is right in the pages copied from the site', () => {
		for (const name of readdirSync(pages).filter((n) => n.endsWith('.txt'))) {
			expect(dateOf(readFileSync(join(pages, name), 'utf8'), 'page.txt'), name).toBe(name.slice(0, 10));
		}
	});
});
