// An imported file exported with another profile than its own keeps the file's words: its front
// matter, its title heading, the text before its first topic and under its agenda, its prose
// next-call paragraph, in place; and the profile writes the rest its own way.
import { expect, it } from 'vitest';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';

const file = `---
layout: minutes
date: 2026-11-18
title: Team call — 2026-11-18
---

# Team call — Minutes
{: .no_toc}

See also the [agenda](https://example.org/agenda).

## Attendees

**Present:** Ada Lovelace, Grace Hopper

**Chair:** Ada Lovelace

## Content:

Opening remarks: the minutes of last week were approved.

### 1. Release

Ship on Friday.
`;

it("keeps the file's own text in place under the plain profile", () => {
	const result = importMinutes(file, { fileName: '2026-11-18.md' });
	if (!result.ok) throw new Error('not imported');
	const plain = exportMinutes(result.meeting, 'plain').markdown;
	// The front matter stays first, its keys as they were; the file's title heading stands for plain's own.
	expect(plain.startsWith('---\nlayout: minutes\ndate: 2026-11-18\ntitle: Team call — 2026-11-18\n---\n\n# Team call — Minutes\n{: .no_toc}\n')).toBe(true);
	expect(plain.match(/^# /gm)).toHaveLength(1);
	const order = ['See also the [agenda]', '**Present:** Ada Lovelace, Grace Hopper', 'Opening remarks: the minutes', '1. Release', 'Ship on Friday.'].map((text) => plain.indexOf(text));
	expect(order.every((at) => at >= 0)).toBe(true);
	expect([...order].sort((a, b) => a - b)).toEqual(order);

	// Once the people change, plain writes them its own way.
	const changed = { ...result.meeting, attendees: result.meeting.attendees.filter((a) => a.name !== 'Grace Hopper') };
	const rewritten = exportMinutes(changed, 'plain').markdown;
	expect(rewritten).toContain('Present: Ada Lovelace (chair)');
	expect(rewritten).not.toContain('Grace Hopper');
});
