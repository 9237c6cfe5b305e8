// A count as a reader says it: "1 item", "2 items", "0 items". Every count the panel, the
// notifications or the exports show goes through here, so none reads "1 items".

export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
