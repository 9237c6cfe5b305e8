// The lines W3C scribes and MeetBot users type, read as records (issue 5's typed shortcuts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameBeingTyped, parseNotesLine, suggestNames } from '../../../src/core/notes-commands.ts';
import { fcParams } from '../../helpers/fc-params.ts';

describe('parseNotesLine', () => {
	it.each([
		['action: Anil to tag 4.2', { kind: 'action', owner: 'Anil', text: 'tag 4.2' }],
		['ACTION: Anil Madhavapeddy will tag 4.2 once CI is green', { kind: 'action', owner: 'Anil Madhavapeddy', text: 'tag 4.2 once CI is green' }],
		['- action: review the website', { kind: 'action', owner: '', text: 'review the website' }],
		['#action mort to write it down', { kind: 'action', owner: 'mort', text: 'write it down' }],
		['decision: ship on Friday', { kind: 'decision', text: 'ship on Friday' }],
		['RESOLVED: ship on Friday', { kind: 'decision', text: 'ship on Friday' }],
		['resolution: ship on Friday', { kind: 'decision', text: 'ship on Friday' }],
		['#agreed ship on Friday', { kind: 'decision', text: 'ship on Friday' }],
		['present+ Anil, Amir Chaudhry and mort', { kind: 'present', names: ['Anil', 'Amir Chaudhry', 'mort'] }],
		['regrets+ Thomas', { kind: 'regrets', names: ['Thomas'] }],
		['link: https://github.com/mirage/mirage/pull/1 [the TLS PR]', { kind: 'link', url: 'https://github.com/mirage/mirage/pull/1', text: 'the TLS PR' }],
		['#link https://mirage.io', { kind: 'link', url: 'https://mirage.io' }],
		['topic: Release 4.2', { kind: 'topic', title: 'Release 4.2' }],
		['#topic Website branding', { kind: 'topic', title: 'Website branding' }],
		['s/Frday/Friday/', { kind: 'correction', from: 'Frday', to: 'Friday', all: false }],
		['s/a\\/b/c/g', { kind: 'correction', from: 'a/b', to: 'c', all: true }],
	])('reads %j', (line, command) => {
		expect(parseNotesLine(line)).toEqual(command);
	});

	it.each([
		'Anil suggested an action: none taken',
		'The decision was not made',
		'action:',
		'link: javascript:alert(1)',
		'link: not a url',
		's/only one part',
		's//empty/',
		's/a/b/x',
		'present + Anil',
		'#actions are tracked elsewhere',
		// Sentence case starts a sentence: prose, as scribes write it.
		'Topic: the release slipped again, so we talked about it',
		'Decision: none yet, we will come back to it',
		'- Action: nobody volunteered',
		'Resolved: not really',
		'Link: https://mirage.io is the new site',
		'',
	])('leaves %j as notes', (line) => {
		expect(parseNotesLine(line)).toBeUndefined();
	});

	// (That it reads a 1 MB line in linear time is measured by `npm run bench`: notes_lines_*.)
	it('never throws, whatever the line', () => {
		fc.assert(fc.property(fc.string(), (line) => {
			expect(() => parseNotesLine(line)).not.toThrow();
		}), fcParams(2_000));
	});
});

describe('names being typed', () => {
	const people = [
		{ name: 'Anil Madhavapeddy', aliases: ['@avsm'] },
		{ name: 'Richard Mortier', aliases: ['Mort'] },
		{ name: 'Amir Chaudhry', aliases: [] },
	];

	it('finds the owner of an action until "to" or "will", and the last name of a present+/regrets+ list', () => {
		expect(nameBeingTyped('action: An')).toEqual({ from: 8, typed: 'An', kind: 'action' });
		expect(nameBeingTyped('- #action Anil Ma')).toEqual({ from: 10, typed: 'Anil Ma', kind: 'action' });
		expect(nameBeingTyped('action: Anil to t')).toBeUndefined();
		expect(nameBeingTyped('action: ')).toBeUndefined();
		expect(nameBeingTyped('present+ Ada, Ri')).toEqual({ from: 14, typed: 'Ri', kind: 'people' });
		expect(nameBeingTyped('regrets+ mo')).toEqual({ from: 9, typed: 'mo', kind: 'people' });
		expect(nameBeingTyped('present+ Ada, ')).toBeUndefined();
		expect(nameBeingTyped('Anil will tag it')).toBeUndefined();
	});

	it('suggests people by the start of their name, of any word of it, or of another name, "@" or not', () => {
		expect(suggestNames('a', people)).toEqual(['Anil Madhavapeddy', 'Amir Chaudhry']);
		expect(suggestNames('mad', people)).toEqual(['Anil Madhavapeddy']);
		expect(suggestNames('@avs', people)).toEqual(['Anil Madhavapeddy']);
		expect(suggestNames('MORT', people)).toEqual(['Richard Mortier']);
		expect(suggestNames('zoe', people)).toEqual([]);
		// Typed in full: nothing left to complete.
		expect(suggestNames('amir chaudhry', people)).toEqual([]);
		expect(suggestNames('a', [...people, ...people], 1)).toEqual(['Anil Madhavapeddy']);
	});
});
