package fr.cdg.medtravail.feeds;

import java.time.LocalDate;

/** The days a feed covers, both included. */
record Window(LocalDate from, LocalDate to) {
}
