// The meeting's time on this machine: its own clock, plus how far the sharer's is ahead while the
// meeting is shared (sync/sync-session.ts says how that is learned). Stamps and the clocks shown
// are read from here, so two machines whose clocks disagree show the same time.
export const meetingClock = { offset: 0 };

export const meetingNow = (): number => Date.now() + meetingClock.offset;
