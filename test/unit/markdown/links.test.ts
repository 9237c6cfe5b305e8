// Links in an item's link list become reference definitions: readable ids that stay the same
// for the same link, never collide, and a definition is written once however often it is used.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { linkIdFor } from '../../../src/markdown/link-ids.ts';
import { html, splitFrontMatter } from '../../helpers/render.ts';

describe('linkIdFor', () => {
	it.each([
		['https://github.com/mirage/mirage/pull/350', undefined, 'mirage-pull-350'],
		['https://github.com/mirage/mirage-www/issues/12', undefined, 'mirage-www-issue-12'],
		['https://lists.xenproject.org/archives/html/mirageos-devel/2015-04/msg00048.html', undefined, '2015-04-msg00048-html'],
		['https://www.example.org/', undefined, 'example'],
		['https://example.org/x', 'Release of Mirage 2.4.0', 'release-of-mirage-2-4'],
		['https://example.org/x', 'Déjà vu — again!', 'deja-vu-again'],
		['mailto:someone@example.org', undefined, 'mailto-someone-example-org'],
		['https://example.org/x', '???', 'x'],
	])('%s (%s) is [%s]', (url, text, id) => {
		expect(linkIdFor(url, text, new Set())).toBe(id);
	});

	it('is the same for the same link, and numbered when the id is taken', () => {
		const url = 'https://github.com/mirage/mirage/pull/350';
		expect(linkIdFor(url, undefined, new Set())).toBe(linkIdFor(url, undefined, new Set()));
		expect(linkIdFor(url, undefined, new Set(['mirage-pull-350']))).toBe('mirage-pull-350-2');
		expect(linkIdFor(url, undefined, new Set(['mirage-pull-350', 'mirage-pull-350-2']))).toBe('mirage-pull-350-3');
	});
});

describe('reference definitions', () => {
	it('are written after their section, once per id, and every reference resolves', () => {
		const shared = { id: 'tls-pr', url: 'https://github.com/mirage/mirage/pull/350' };
		const meeting = createMeeting({
			id: 'm', title: 'T', date: '2026-11-25',
			items: [
				createItem({ id: 'a', title: 'TLS', notes: 'See [the PR][tls-pr].', links: [shared, { id: 'spec', url: 'https://example.org/spec "The spec"' }] }),
				createItem({ id: 'b', title: 'Release', notes: 'Blocked on [TLS][tls-pr], inline [link](https://example.org/inline) kept.', links: [shared] }),
			],
		});
		const markdown = exportMinutes(meeting, 'mirage-www').markdown;
		expect(markdown.match(/^\[tls-pr\]: /gm)).toHaveLength(1);
		expect(markdown).toContain('See [the PR][tls-pr].\n\n[tls-pr]: https://github.com/mirage/mirage/pull/350\n[spec]: <https://example.org/spec "The spec">\n\n#### Release ####');
		expect(markdown).toContain('inline [link](https://example.org/inline) kept.');
		const rendered = html(splitFrontMatter(markdown).body);
		expect(rendered.match(/href="https:\/\/github.com\/mirage\/mirage\/pull\/350"/g)).toHaveLength(2);
		expect(rendered).not.toMatch(/\[[^\]]*\]\[[^\]]*\]/);
	});
});
