/**
 * How `monitor` picks the newest partition: a constant of its own module so the catalog can
 * declare the option without loading the monitor's use case (and its GitHub client) up front.
 */
export const NEWEST_BY = ['name', 'mtime'] as const;
export type NewestBy = (typeof NEWEST_BY)[number];
