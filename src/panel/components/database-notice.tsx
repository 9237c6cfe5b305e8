// What the panel says when something happens to the database outside it (database-state.ts).
import type { DatabaseState } from '../database-state.ts';

export function DatabaseNotice({ state }: { state: DatabaseState }) {
	if (state === 'blocked') return <p role="alert" class="banner">Gavel is updating its database. Close Gavel in your other windows to let it finish.</p>;
	if (state === 'deleted') {
		return (
			<p role="alert" class="banner">
				Gavel's database was deleted by the browser or another tool. The meeting open here has been saved again; other meetings are gone unless you restore them from a backup (under All meetings).
			</p>
		);
	}
	if (state === 'updated') {
		return (
			<p role="alert" class="banner">
				A newer Gavel has taken over the database in another window. Reload this panel to go on; what you typed here is carried over.{' '}
				<button type="button" onClick={() => location.reload()}>Reload</button>
			</p>
		);
	}
	return null;
}
