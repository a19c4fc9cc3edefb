/**
 * Calendar feeds: secret iCalendar URLs (RFC 5545) that professionals, cabinets, référents and approved doctors
 * subscribe to in their own calendar, read from planning's, booking's and statutory's tables in one query.
 */
@ApplicationModule(displayName = "Calendar feeds")
package fr.cdg.medtravail.feeds;

import org.springframework.modulith.ApplicationModule;
