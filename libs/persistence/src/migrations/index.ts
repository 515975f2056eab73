import { InitialSchema1764201600000 } from './1764201600000-initial-schema.migration';
import { People1764288000000 } from './1764288000000-people.migration';
import { Attachments1764633600000 } from './1764633600000-attachments.migration';

/** Every migration, oldest first. Names carry their timestamp so they never clash. */
export const MIGRATIONS = [InitialSchema1764201600000, People1764288000000, Attachments1764633600000];
