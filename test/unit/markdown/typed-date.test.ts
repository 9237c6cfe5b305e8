// Dates typed into a text field, as a chair types them.
import { describe, expect, it } from 'vitest';
import { readTypedDate, readTypedTime } from '../../../src/markdown/typed-date.ts';

describe('readTypedDate', () => {
	it.each([
		['2015-08-26', '2015-08-26'],
		['2015-8-2', '2015-08-02'],
		['26 Aug', '2015-08-26'],
		['26th August 2016', '2016-08-26'],
		['Aug 26, 2015', '2015-08-26'],
		['Wednesday, 2nd September', '2015-09-02'],
		// Without a year: the next such day from the meeting on.
		['3 Jan', '2016-01-03'],
	])('reads %j', (typed, date) => {
		expect(readTypedDate(typed, '2015-08-19')).toEqual({ ok: true, value: date });
	});

	it.each(['2015-13-01', '2015-02-30', '26', 'next week', '32 Aug', ''])('says %j is not a date, and how to type one', (typed) => {
		expect(readTypedDate(typed, '2015-08-19')).toEqual({ ok: false, message: `“${typed}” is not a date: type it as 2015-08-26 or 26 Aug.` });
	});
});

describe('readTypedTime', () => {
	it.each([
		['16:00', '16:00'],
		['16.30', '16:30'],
		['1600', '16:00'],
		['4pm', '16:00'],
		['4:30 PM', '16:30'],
		['12am', '00:00'],
		['12pm', '12:00'],
		['9', '09:00'],
	])('reads %j', (typed, time) => {
		expect(readTypedTime(typed)).toEqual({ ok: true, value: time });
	});

	it.each(['25:00', '16:75', '13pm', 'noon', ''])('says %j is not a time', (typed) => {
		expect(readTypedTime(typed)).toEqual({ ok: false, message: `“${typed}” is not a time: type it as 16:00 or 4pm.` });
	});
});
