// Intl.DateTimeFormat objects are slow to make (locale and time-zone data are looked up: ~0.25 ms
// each in Node, more in a panel just opened) and fast to use, and the panel formats times on
// every render, once a second while the clock runs. One is made per locale and options, then kept.

const made = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, made once; throws as it does (an unknown time zone). */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale ?? ''} ${JSON.stringify(options)}`;
	let format = made.get(key);
	if (format === undefined) {
		format = new Intl.DateTimeFormat(locale, options);
		made.set(key, format);
	}
	return format;
}
