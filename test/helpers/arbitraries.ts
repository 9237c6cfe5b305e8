// Generated meetings for property tests, with the hostile text a user could type: quotes,
// colons, `#`, `---`, newlines, backslashes, brackets, HTML, fences and list markers.
import fc from 'fast-check';
import { createItem, createMeeting } from '../../src/core/meeting.ts';
import type { Meeting } from '../../src/core/types.ts';
import { confusable } from '../../src/markdown/import/match-topics.ts';

const nasty = fc.constantFrom(
	'#', '# ', '## x', '---', '- ', '* ', '+ ', '1. ', '2) ', '> ', '```', '~~~', '<!--', '-->', '<script>alert(1)</script>',
	"'", '"', ':', ': ', ' #', '\\', '\\#', '[', ']', '[x]: http://e.org', '(chair)', '*', '_', '`code #`', '|', '\n', '\n\n', '  ', '\t', '—', 'é', '🙂', 'and',
	'Attendees:', '### Notes ###', '#### AoB ####', '--', '[a][b]', '](', '&amp;', '<b>', '=====', '\r\n',
);
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'.-]{0,9}$/);
const fragment = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: nasty }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
export const hostileText = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));
export const hostileLines = fc.array(hostileText, { maxLength: 6 }).map((lines) => lines.join('\n'));
const title = hostileText.filter((t) => t.replace(/\s/g, '') !== '');
const personName = fc
	.array(fc.stringMatching(/^[A-Z][a-z]{1,8}$|^[A-Za-z]{1,6}[,():.]?$|^[\p{L}]{2,6}$/u), { minLength: 1, maxLength: 3 })
	.map((p) => p.join(' '))
	.filter((n) => !/\band\b/.test(n));
const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export const meetingArb: fc.Arbitrary<Meeting> = fc
	.record({
		title,
		date: isoDate,
		people: fc.uniqueArray(personName, { maxLength: 6, selector: (n) => n.toLowerCase() }),
		regrets: fc.boolean(),
		// Titles that share most of their words cannot be told apart when one of them has no
		// section (match-topics.ts); the property holds for titles the importer can tell apart.
		items: fc.array(
			fc.record({
				title,
				notes: hostileLines,
				subItems: fc.array(title, { maxLength: 2 }),
				links: fc.uniqueArray(fc.record({ id: word, url }), { maxLength: 3, selector: (l) => l.id.toLowerCase() }),
				decision: fc.option(title, { nil: undefined }),
				action: fc.option(fc.record({ owner: personName, text: title }), { nil: undefined }),
				unplanned: fc.boolean(),
			}),
			{ maxLength: 5 },
		).filter((items) => items.every((a, i) => items.every((b, j) => i === j || !confusable(a.title, b.title)))),
		aob: hostileLines,
		nextCallIn: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
		draft: fc.boolean(),
	})
	.map((r) => {
		const nextCall = r.nextCallIn === undefined ? undefined : new Date(Date.parse(r.date) + r.nextCallIn * 86_400_000).toISOString().slice(0, 10);
		// Link ids are unique within a meeting (the panel makes them so).
		const seen = new Set<string>();
		const meeting = createMeeting({
			id: 'm',
			title: r.title,
			date: r.date,
			attendees: r.people.map((name, i) => ({ id: `p${i}`, name, presence: r.regrets && i === r.people.length - 1 && i > 0 ? 'regrets' : 'present' })),
			items: r.items.map((it, i) =>
				createItem({
					id: `i${i}`,
					title: it.title,
					notes: it.notes,
					subItems: it.subItems,
					unplanned: it.unplanned,
					links: it.links.filter((l) => !seen.has(l.id.toLowerCase()) && seen.add(l.id.toLowerCase())),
					decisions: it.decision === undefined ? [] : [{ id: `d${i}`, text: it.decision }],
					actions: it.action === undefined ? [] : [{ id: `a${i}`, owner: it.action.owner, text: it.action.text, status: 'open' as const }],
				}),
			),
			aob: r.aob,
		});
		if (r.people[0] !== undefined) meeting.chair = r.people[0];
		if (nextCall !== undefined) meeting.nextCall = nextCall;
		if (r.draft) meeting.draft = true;
		return meeting;
	});
