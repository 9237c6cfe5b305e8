// "Link this call": the chair says which site the call is on; Gavel asks for that site alone,
// finds the call's tab and remembers its address; "Go to call" brings that tab forward (or opens
// the call). Nothing is asked for before the chair clicks.
import { useState } from 'preact/hooks';
import { CALL_SITES, callAddress, originPattern, shortAddress, type CallSite } from '../../core/call-sites.ts';
import type { Meeting } from '../../core/types.ts';
import { askForSite, findCallTab, goToCall } from '../../platform/call-tab.ts';
import type { Session } from '../state/session.ts';

export function CallLink({ session, meeting }: { session: Session; meeting: Meeting }) {
	const [choosing, setChoosing] = useState(false);
	const [other, setOther] = useState('');
	const [said, setSaid] = useState<string | undefined>(undefined);
	const link = (url: string) => {
		session.dispatch({ type: 'meeting.updated', patch: { callUrl: url } });
		setChoosing(false);
		setSaid(undefined);
	};
	const fromSite = (site: CallSite) => {
		// The request comes first, with nothing awaited before it: it needs the click's gesture.
		void askForSite(site.origins).then(async (granted) => {
			if (!granted) return setSaid(`Gavel was not allowed to see ${site.name} tabs, so nothing was linked.`);
			const url = await findCallTab(site.origins);
			if (url === undefined) return setSaid(`No ${site.name} tab is open. Join the call, then link it again.`);
			link(url);
		}, (error: unknown) => setSaid(`The browser would not ask: ${error instanceof Error ? error.message : String(error)}`));
	};
	const fromAddress = () => {
		const url = callAddress(other);
		const pattern = url === undefined ? undefined : originPattern(url);
		if (url === undefined || pattern === undefined) return setSaid(`“${other}” is not a web address: paste the call's link, e.g. https://meet.example.org/room.`);
		// Allowed or not, the address typed is the call's: the permission only lets "Go to call" find its tab.
		void askForSite([pattern]).catch(() => false);
		link(url);
	};

	if (meeting.callUrl !== undefined) {
		return (
			<div class="call-link">
				<span class="muted">Call</span> <span class="call-address">{shortAddress(meeting.callUrl)}</span>
				<button type="button" aria-keyshortcuts="Alt+K" onClick={() => void goToCall(meeting.callUrl ?? '')}>Go to call</button>
				<button type="button" class="icon" aria-label="Unlink the call" onClick={() => session.dispatch({ type: 'meeting.updated', patch: { callUrl: null } })}>✕</button>
			</div>
		);
	}
	return (
		<div class="call-link">
			{choosing ? (
				<div class="call-choose">
					<p class="muted">Which site is the call on? Gavel asks to see that site's tabs only, to find the call.</p>
					<div class="toolbar">
						{CALL_SITES.map((site) => <button type="button" key={site.name} onClick={() => fromSite(site)}>{site.name}</button>)}
					</div>
					<form class="add row" onSubmit={(e) => { e.preventDefault(); fromAddress(); }}>
						<input aria-label="Call address on another site" placeholder="Or paste the call's link" value={other} onInput={(e) => setOther(e.currentTarget.value)} />
						<button type="submit">Link</button>
					</form>
					<button type="button" class="link" onClick={() => { setChoosing(false); setSaid(undefined); }}>Cancel</button>
				</div>
			) : (
				<button type="button" onClick={() => setChoosing(true)}>Link this call…</button>
			)}
			{said === undefined ? null : <p role="status" class="problem">{said}</p>}
		</div>
	);
}
