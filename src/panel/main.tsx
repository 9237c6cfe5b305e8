// Entry of the panel page: real dependencies wired into the app. Edits are written as they
// happen; leaving or hiding the panel flushes early, as an extra (the panel can be destroyed
// without warning, platform.md §0.1).
import { render } from 'preact';
import { CHANNEL } from '../core/broadcast.ts';
import { openDatabase } from '../storage/database.ts';
import { journalStore } from '../storage/journal-store.ts';
import { App } from './app.tsx';
import { createSession } from './state/session.ts';

const now = () => Date.now();
const database = openDatabase({
	onVersionChange: () => {
		document.body.dataset['updated'] = 'true';
	},
});
const store = journalStore(database);
const session = createSession({ store, writer: crypto.randomUUID(), now, channel: new BroadcastChannel(CHANNEL) });

addEventListener('pagehide', () => void session.flush().catch(() => undefined));
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'hidden') void session.flush().catch(() => undefined);
});
// Ask once that the browser not evict Gavel's data under storage pressure.
void navigator.storage?.persist?.().catch(() => undefined);

const root = document.getElementById('app');
if (root !== null) render(<App session={session} store={store} now={now} />, root);
