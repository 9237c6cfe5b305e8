// What minutes say before their first topic (scribejs writes the approval of last week's minutes
// there, with its resolution) is an item of its own with no heading: its records are found, its
// text is kept, and the site's markup above it (kramdown's TOC) stays the site's.
import { expect, it } from 'vitest';
import { exportMinutes } from '../../../../src/markdown/export.ts';
import { importMinutes } from '../../../../src/markdown/import/import-minutes.ts';

const file = `---
layout: minutes
date: 2026-11-23
title: Example Working Group Telco — 2026-11-23
---

# Example Working Group Telco — Minutes
{: .no_toc}

**Present:** Ada Lovelace, Alan Turing

**Chair:** Ada Lovelace

## Content:
{: .no_toc}

* TOC
{:toc}
---

**Ada Lovelace:** approve last week's minutes?
… silence is consent

> ***Resolution #1: last week's minutes are accepted***
{: #resolution1 .resolution}

### 1. Pull request review
{: #section1}

**Alan Turing:** ready to merge.
`;

it('makes the text before the first topic an untitled item, and keeps the file', () => {
	const result = importMinutes(file);
	if (!result.ok) throw new Error('not imported');
	const [opening, first] = result.meeting.items;
	expect(opening).toMatchObject({ title: 'Opening', untitled: true, unplanned: true });
	expect(opening?.notes).toMatch(/^\*\*Ada Lovelace:\*\* approve last week's minutes\?/);
	expect(opening?.notes).not.toContain('TOC');
	expect(opening?.decisions.map((d) => d.text)).toEqual(["last week's minutes are accepted"]);
	expect(first?.title).toBe('1. Pull request review');
	expect(exportMinutes(result.meeting, 'mirage-www').markdown).toBe(file);
	// Another profile writes no heading for it either.
	const plain = exportMinutes(result.meeting, 'plain').markdown;
	expect(plain).not.toMatch(/^#+ Opening$/m);
	expect(plain).toContain("**Ada Lovelace:** approve last week's minutes?");
});

it('leaves a comment under the notes heading as the file has it', () => {
	const result = importMinutes('### Notes ###\n\n<!-- recorded late -->\n\n#### Release ####\n\nDone.\n', { fileName: '2026-11-23.md' });
	if (!result.ok) throw new Error('not imported');
	expect(result.meeting.items.map((i) => i.title)).toEqual(['Release']);
});
