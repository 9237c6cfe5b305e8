// Sharing, as the person sees it (state/sharing.ts does it): in a meeting, the form that shares
// it, then a line that says whether it is live and who else is there, and the invitation to give;
// on the meetings list, the form that joins one. Loaded on demand, not with the panel.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../core/types.ts';
import { copyText } from '../../platform/save-file.ts';
import type { Presence } from '../../sync/sync-session.ts';
import type { Sharing, SharingState } from '../state/sharing.ts';

export interface ShareBarProps {
	sharing(): Promise<Sharing>;
	/** The meeting open (share it); undefined on the meetings list (join one). */
	meeting?: Meeting;
	/** The form is asked for (the Share or Join button). */
	open: boolean;
	onClose(): void;
	/** The meeting joined has come. */
	onJoined(meetingId: string): void;
}

export const RELAY_KEY = 'share-relay';

function useSharing(load: () => Promise<Sharing>): [Sharing | undefined, SharingState | undefined] {
	const [sharing, setSharing] = useState<Sharing | undefined>(undefined);
	const [state, setState] = useState<SharingState | undefined>(undefined);
	useEffect(() => {
		let live = true;
		let unsubscribe = () => undefined as unknown;
		void load().then((s) => {
			if (!live) return;
			setSharing(s);
			setState(s.state());
			unsubscribe = s.subscribe(() => setState(s.state()));
		});
		return () => {
			live = false;
			unsubscribe();
		};
	}, [load]);
	return [sharing, state];
}

export function ShareBar(props: ShareBarProps) {
	const [sharing, state] = useSharing(props.sharing);
	// Joined from the list: the meeting opens as soon as it has come.
	const joined = props.meeting === undefined && state !== undefined && shared(state) ? state.meetingId : undefined;
	useEffect(() => {
		if (joined !== undefined && props.open) props.onJoined(joined);
	}, [joined]);
	if (sharing === undefined || state === undefined) return null;
	const here = shared(state) && (props.meeting === undefined ? state.meetingId === undefined : state.meetingId === props.meeting.id);
	if (here) return <SharedLine sharing={sharing} state={state} meeting={props.meeting} expanded={props.open} onClose={props.onClose} />;
	if (!props.open) return null;
	return <ShareForm sharing={sharing} state={state} meeting={props.meeting} onClose={props.onClose} />;
}

function ShareForm({ sharing, state, meeting, onClose }: { sharing: Sharing; state: SharingState; meeting: Meeting | undefined; onClose(): void }) {
	const joining = meeting === undefined;
	const [address, setAddress] = useState(() => (joining ? '' : (localStorage.getItem(RELAY_KEY) ?? '')));
	const [name, setName] = useState('');
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const [busy, setBusy] = useState(false);
	const first = useRef<HTMLInputElement>(null);
	useLayoutEffect(() => first.current?.focus(), []);
	useEffect(() => {
		void sharing.name().then((n) => setName((typed) => (typed === '' ? n : typed)));
	}, []);
	const submit = async () => {
		setBusy(true);
		if (!joining) localStorage.setItem(RELAY_KEY, address.trim());
		const failed = joining ? await sharing.join(address, name) : await sharing.share(address, name);
		setBusy(false);
		setProblem(failed === undefined ? undefined : capital(failed));
	};
	const elsewhere = shared(state) && state.meetingId !== meeting?.id;
	return (
		<form class="card share" onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
			<h2>{joining ? 'Join a shared meeting' : 'Share this meeting'}</h2>
			<label for="share-address">{joining ? 'Invitation from the chair' : 'Relay'}</label>
			<input id="share-address" ref={first} value={address} spellcheck={false} autocomplete="off" placeholder={joining ? 'wss://relay.example.org/…#…' : 'wss://relay.example.org'} onInput={(e) => setAddress(e.currentTarget.value)} />
			<label for="share-name">Your name, as the others see it</label>
			<input id="share-name" value={name} autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />
			<p class="muted small">
				{joining
					? 'The meeting comes from the relay in the invitation; what you write goes back through it, sealed with the key the invitation holds.'
					: 'Everything is sealed on this machine with a key only the invitation carries: the relay passes it on unread. Nothing is sent until you share.'}
			</p>
			{elsewhere ? <p class="muted small">This stops sharing the other meeting.</p> : null}
			{problem === undefined ? null : <p role="alert" class="problem">{problem}</p>}
			<div class="toolbar">
				<button type="submit" class="primary" disabled={busy || address.trim() === ''}>{joining ? 'Join' : 'Share'}</button>
				<button type="button" onClick={onClose}>Cancel</button>
			</div>
		</form>
	);
}

function SharedLine({ sharing, state, meeting, expanded, onClose }: { sharing: Sharing; state: SharingState; meeting: Meeting | undefined; expanded: boolean; onClose(): void }) {
	const [copied, setCopied] = useState(false);
	const copy = () => copyText(state.invitation ?? '').then(() => setCopied(true), () => setCopied(false));
	return (
		<section class={`share-line ${state.status.state}`} aria-label="Sharing">
			<p role="status">
				<span class="dot" aria-hidden="true" />
				{statusText(state.status, meeting === undefined)}
			</p>
			{state.others.length === 0 ? null : (
				<ul class="presence">
					{state.others.map((p, i) => (
						<li key={i}>{presenceText(p, meeting)}</li>
					))}
				</ul>
			)}
			{state.problem === undefined ? null : <p role="alert" class="problem">{state.problem}</p>}
			{expanded || meeting === undefined ? (
				<div class="share-details">
					{state.reference && state.invitation !== undefined ? (
						<>
							<label for="share-invitation">Invitation: give it to the others (it holds the key)</label>
							<div class="toolbar">
								<input id="share-invitation" readOnly value={state.invitation} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
								<button type="button" onClick={() => void copy()}>{copied ? 'Copied' : 'Copy'}</button>
							</div>
						</>
					) : null}
					<div class="toolbar">
						<button type="button" onClick={() => { void sharing.stop(); onClose(); }}>{state.reference ? 'Stop sharing' : 'Leave'}</button>
						{meeting === undefined ? null : <button type="button" onClick={onClose}>Hide</button>}
					</div>
				</div>
			) : null}
		</section>
	);
}

export function statusText(status: SharingState['status'], joining: boolean): string {
	switch (status.state) {
		case 'elsewhere':
			return 'Shared through another window of this browser';
		case 'connecting':
			return 'Connecting to the relay…';
		case 'unreachable':
			return 'Cannot reach the relay: check its address, and that it is running. Still trying…';
		case 'live':
			if (joining) return 'Connected: waiting for the meeting…';
			return status.peers === 0 ? 'Shared, live: no one else here yet' : `Shared, live: ${status.peers === 1 ? '1 other' : `${status.peers} others`} here`;
		case 'offline':
			return status.waiting === 0 ? 'Offline: reconnecting…' : `Offline: ${status.waiting === 1 ? '1 edit' : `${status.waiting} edits`} waiting`;
		case 'stopped':
			return 'Not shared';
	}
}

export function presenceText(presence: Presence, meeting: Meeting | undefined): string {
	const index = meeting?.items.findIndex((item) => item.id === presence.itemId) ?? -1;
	const item = meeting?.items[index];
	const where = item === undefined ? '' : ` on ${index + 1}. ${item.title || 'Untitled item'}`;
	return `${presence.name}${where}${presence.typing === true ? ', typing…' : ''}`;
}

/** Something is shared (or being joined) from this panel's browser. */
const shared = (state: SharingState) => state.status.state !== 'stopped';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
