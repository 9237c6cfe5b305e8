// New ids for meetings, items, people and records: random, so two panels never collide.
export const newId = (): string => crypto.randomUUID();
